package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query for a query's slots: each slot scores its best alternative, and each word its best
 * match among the same stem, the same transliteration, a typo of either, and a number. Slots add up, so products
 * matching more of the query rank higher; the product type word (the head of the name) adds a bonus. Other ways to
 * say a word count less than the shopper's own words ({@link Alternative.Kind#weight}).
 */
final class LuceneQueries {

    static final String TEXT = TermAnalysis.STEMS_FIELD;
    static final String TRANSLIT = TermAnalysis.TRANSLIT_FIELD;
    static final String LATIN = TermAnalysis.LATIN_FIELD;
    static final String HEAD = "head";

    private static final float TRANSLIT_BOOST = 0.9f;
    private static final float FUZZY_BOOST = 0.5f;
    private static final float NUMBER_BOOST = 0.6f;
    private static final float UNIT_BOOST = 0.2f;
    private static final float HEAD_BOOST = 0.5f;
    private static final int FUZZY_PREFIX = 1;
    private static final int FUZZY_EXPANSIONS = 16;

    private LuceneQueries() {}

    /**
     * The query for the slots.
     *
     * @param slots the analysed query
     * @param fuzzy whether typo matches count; without them the query is cheaper
     * @return the query
     */
    static Query of(List<Slot> slots, boolean fuzzy) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Slot slot : slots) {
            List<Query> alternatives = new ArrayList<>();
            for (Alternative alternative : slot.alternatives()) {
                BooleanQuery.Builder words = new BooleanQuery.Builder();
                alternative.words().forEach(word -> words.add(word(word, fuzzy), Occur.SHOULD));
                float weight = alternative.kind().weight();
                alternatives.add(weight == 1 ? words.build() : new BoostQuery(words.build(), weight));
            }
            query.add(new DisjunctionMaxQuery(alternatives, 0), Occur.SHOULD);
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

    private static Query word(QueryTerm word, boolean fuzzy) {
        Query stem = new TermQuery(new Term(TEXT, word.stem()));
        if (word.numeric()) {
            return new BoostQuery(stem, NUMBER_BOOST);
        }
        if (word.unit()) {
            return new BoostQuery(stem, UNIT_BOOST);
        }
        List<Query> ways = new ArrayList<>();
        ways.add(stem);
        // a Cyrillic word needs its transliteration only to find Latin names: against Cyrillic ones the stem is better
        String keys = word.latin() ? TRANSLIT : LATIN;
        ways.add(new BoostQuery(new TermQuery(new Term(keys, word.key())), TRANSLIT_BOOST));
        int edits = word.allowedEdits();
        if (fuzzy && edits > 0) {
            ways.add(new BoostQuery(fuzzy(TEXT, word.stem(), edits), FUZZY_BOOST));
            ways.add(new BoostQuery(fuzzy(keys, word.key(), edits), FUZZY_BOOST * TRANSLIT_BOOST));
        }
        return new DisjunctionMaxQuery(ways, 0);
    }

    private static Query fuzzy(String field, String text, int edits) {
        return new FuzzyQuery(new Term(field, text), edits, FUZZY_PREFIX, FUZZY_EXPANSIONS, true);
    }
}
