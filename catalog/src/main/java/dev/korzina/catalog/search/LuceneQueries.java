package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a query's slots: each slot scores its best alternative, and each word its best
 * match among the same stem, the same transliteration, a typo of either, and a number. Slots add up, so products
 * matching more of the query rank higher; the product type word (the head of the name) adds a bonus. Other ways to
 * say a word count less than the shopper's own words ({@link Alternative.Kind#weight}).
 */
final class LuceneQueries {

    /** The stems of a product's words. */
    static final String TEXT = "text";
    /** The transliteration keys of a product's Latin-script words ("Parmalat"). */
    static final String LATIN = "latin";
    /** The transliteration keys of a product's other words ("Кефир"). */
    static final String CYRILLIC = "cyrillic";
    /** The stem of a product's type word. */
    static final String HEAD = "head";

    private static final float TRANSLIT_BOOST = 0.9f;
    private static final float FUZZY_BOOST = 0.5f;
    private static final float NUMBER_BOOST = 0.6f;
    private static final float UNIT_BOOST = 0.2f;
    private static final float HEAD_BOOST = 0.5f;
    private static final int FUZZY_PREFIX = 1;
    private static final int RARE_FOR_SPELLING_KEYS = 50;
    private static final int FUZZY_EXPANSIONS = 16;

    private LuceneQueries() {}

    /**
     * The query for the slots.
     *
     * @param slots the analysed query
     * @param fuzzy whether typo matches count; without them the query is cheaper
     * @param vocabulary the catalog's words
     * @return the query
     */
    static Query of(List<Slot> slots, boolean fuzzy, WordVariants.Vocabulary vocabulary) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Slot slot : slots) {
            query.add(slot(slot, fuzzy, vocabulary), Occur.SHOULD);
            slot.alternatives().stream()
                    .filter(alternative -> alternative.words().size() == 1
                            && !alternative.words().get(0).numeric())
                    .forEach(alternative -> query.add(
                            new BoostQuery(
                                    new TermQuery(new Term(
                                            HEAD, alternative.words().get(0).stem())),
                                    HEAD_BOOST * alternative.kind().weight()),
                            Occur.SHOULD));
        }
        return query.build();
    }

    /**
     * The best of a slot's alternatives. Its one-word alternatives are scored as one term ({@link SynonymQuery}), so
     * that a rare synonym or spelling does not outscore the shopper's own common word merely by being rare.
     */
    private static Query slot(Slot slot, boolean fuzzy, WordVariants.Vocabulary vocabulary) {
        List<Query> ways = new ArrayList<>();
        Map<String, Float> oneWords = new LinkedHashMap<>();
        for (Alternative alternative : slot.alternatives()) {
            float weight = alternative.kind().weight();
            List<QueryTerm> words = alternative.words();
            if (words.size() == 1 && !words.get(0).numeric() && !words.get(0).unit()) {
                oneWords.merge(words.get(0).stem(), weight, Math::max);
                boolean own = alternative.kind() == Alternative.Kind.OWN;
                otherWays(words.get(0), fuzzy && own, vocabulary).forEach(way -> ways.add(boost(way, weight)));
            } else {
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                words.forEach(word -> all.add(word(word, fuzzy, vocabulary), Occur.SHOULD));
                ways.add(boost(all.build(), weight));
            }
        }
        if (!oneWords.isEmpty()) {
            SynonymQuery.Builder stems = new SynonymQuery.Builder(TEXT);
            oneWords.forEach((stem, weight) -> stems.addTerm(new Term(TEXT, stem), weight));
            ways.add(stems.build());
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    private static Query boost(Query query, float weight) {
        return weight == 1 ? query : new BoostQuery(query, weight);
    }

    private static Query word(QueryTerm word, boolean fuzzy, WordVariants.Vocabulary vocabulary) {
        Query stem = new TermQuery(new Term(TEXT, word.stem()));
        if (word.numeric()) {
            return new BoostQuery(stem, NUMBER_BOOST);
        }
        if (word.unit()) {
            return new BoostQuery(stem, UNIT_BOOST);
        }
        List<Query> ways = new ArrayList<>(otherWays(word, fuzzy, vocabulary));
        ways.add(stem);
        return new DisjunctionMaxQuery(ways, 0);
    }

    /**
     * The ways a word matches other than by its stem: its transliteration key, and typos when {@code fuzzy} and the
     * word is rare in the catalog.
     */
    private static List<Query> otherWays(QueryTerm word, boolean fuzzy, WordVariants.Vocabulary vocabulary) {
        List<Query> ways = new ArrayList<>();
        // the key finds the word written in the other script; in the same script only a rare Latin word needs it
        // ("yoghurt" → "yogurt"): a Cyrillic key would favour names with the query's inflection over the stem
        List<String> keyFields = new ArrayList<>();
        keyFields.add(word.latin() ? CYRILLIC : LATIN);
        if (word.latin() && vocabulary.documentFrequency(word.stem()) <= RARE_FOR_SPELLING_KEYS) {
            keyFields.add(LATIN);
        }
        // typos are tried only for a word that (almost) no product contains: a common word is no typo
        int edits =
                fuzzy && vocabulary.documentFrequency(word.stem()) <= WordVariants.RARE_WORD ? word.allowedEdits() : 0;
        for (String field : keyFields) {
            ways.add(new BoostQuery(new TermQuery(new Term(field, word.key())), TRANSLIT_BOOST));
            if (edits > 0) {
                // keys already fold spelling variants: one edit is enough there, and far cheaper than two
                ways.add(new BoostQuery(fuzzy(field, word.key(), 1), FUZZY_BOOST * TRANSLIT_BOOST));
            }
        }
        if (edits > 0) {
            ways.add(new BoostQuery(fuzzy(TEXT, word.stem(), edits), FUZZY_BOOST));
        }
        return ways;
    }

    private static Query fuzzy(String field, String text, int edits) {
        return new FuzzyQuery(new Term(field, text), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
    }
}
