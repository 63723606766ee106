package dev.korzina.catalog.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The analysed words of one product's name, brand and English name, kept beside the index to tell how well a
 * candidate covers a query.
 *
 * @param stems the words' stems
 * @param keys the words' transliteration keys
 * @param head the stems of the product's type words ("молок" for "Молоко Простоквашино 2,5%") joined by {@link
 *     #HEAD_SEPARATOR}, or empty
 * @param headWords the same stems, one by one
 * @param properWords the stems of the proper names quoted in the name ("маскарпон" for "Сыр мягкий «Маскарпоне»"),
 *     which shoppers use as a product's name, though less surely than its type word
 */
record ProductTerms(String[] stems, String[] keys, String head, String[] headWords, String[] properWords) {

    private static final double TRANSLIT_MATCH = 0.95;
    private static final double PER_EDIT_PENALTY = 0.2;
    private static final double PREFIX_MATCH = 0.8;
    private static final int SHORTEST_PREFIX = 4;

    /** A query word naming a product's quoted proper name matches its type this much. */
    private static final double PROPER_NAME_MATCH = 0.5;

    /** Arranges analysed words. */
    static ProductTerms of(List<QueryTerm> terms, Optional<String> head, List<QueryTerm> properWords) {
        return new ProductTerms(
                terms.stream().map(QueryTerm::stem).toArray(String[]::new),
                terms.stream().map(QueryTerm::key).toArray(String[]::new),
                head.orElse(""),
                head.map(ProductTerms::heads).orElse(List.of()).toArray(String[]::new),
                properWords.stream().map(QueryTerm::stem).toArray(String[]::new));
    }

    /**
     * How well the product covers a query, in [0, 1]: the weighted share of slots it matches, a slot counting
     * fully for the same word, less for another way to say it, a transliteration, a typo or a prefix.
     */
    double coverage(List<Slot> slots) {
        double matched = 0;
        double total = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            matched += slot.weight() * match(slot);
            total += slot.weight();
        }
        return total == 0 ? 0 : matched / total;
    }

    /** How well the product matches one slot, in [0, 1]. */
    double match(Slot slot) {
        // indexed loops: this runs for every candidate of every search, and list iterators would be garbage
        double best = 0;
        List<Alternative> alternatives = slot.alternatives();
        for (int a = 0; a < alternatives.size(); a++) {
            List<QueryTerm> words = alternatives.get(a).words();
            double sum = 0;
            for (int w = 0; w < words.size(); w++) {
                sum += match(words.get(w));
            }
            best = Math.max(best, alternatives.get(a).kind().weight() * sum / words.size());
        }
        return best;
    }

    /**
     * How many of the product's words, numbers and units aside, are not among the query's stems.
     *
     * @param asked the stems of every alternative of every slot of the query
     */
    int unaskedWords(Set<String> asked) {
        int unasked = 0;
        for (String stem : stems) {
            if (stem.length() > 2 && Character.isLetter(stem.charAt(0)) && !asked.contains(stem)) {
                unasked++;
            }
        }
        return unasked;
    }

    /**
     * How many of the query's own words the product spells the same way, not just with the same stem ("Limes" for
     * "limes" rather than "Lime").
     *
     * @param ownKeys the transliteration keys of the shopper's own words
     */
    int sameSpellings(Set<String> ownKeys) {
        int same = 0;
        for (String key : keys) {
            if (ownKeys.contains(key)) {
                same++;
            }
        }
        return same;
    }

    /** Separates the type words of a product in {@link #head()}. */
    static final String HEAD_SEPARATOR = "|";

    /**
     * The type words a head holds.
     *
     * @param head type words separated by {@link #HEAD_SEPARATOR}
     */
    static List<String> heads(String head) {
        return List.of(head.split(Pattern.quote(HEAD_SEPARATOR)));
    }

    /** How well one of the product's type words matches a word of one slot, in [0, 1]. */
    double headMatch(Slot slot) {
        double best = 0;
        for (String typeWord : headWords) {
            best = Math.max(best, headMatch(slot, typeWord));
        }
        for (String properWord : properWords) {
            best = Math.max(best, PROPER_NAME_MATCH * headMatch(slot, properWord));
        }
        return best;
    }

    private static double headMatch(Slot slot, String head) {
        double best = 0;
        List<Alternative> alternatives = slot.alternatives();
        for (int a = 0; a < alternatives.size(); a++) {
            List<QueryTerm> words = alternatives.get(a).words();
            for (int w = 0; w < words.size(); w++) {
                QueryTerm term = words.get(w);
                int allowed = term.allowedEdits();
                if (term.stem().equals(head)) {
                    return 1;
                } else if (allowed > 0 && Levenshtein.distance(term.stem(), head, allowed) <= allowed) {
                    best = PREFIX_MATCH;
                }
            }
        }
        return best;
    }

    private double match(QueryTerm term) {
        for (String stem : stems) {
            if (stem.equals(term.stem())) {
                return 1;
            }
        }
        if (term.numeric()) {
            return 0;
        }
        double best = 0;
        int allowed = term.allowedEdits();
        for (int i = 0; i < stems.length; i++) {
            best = Math.max(best, similarity(term, i, allowed));
        }
        return best;
    }

    private double similarity(QueryTerm term, int i, int allowed) {
        // transliterations compare a Latin word with any word, a Cyrillic one with Latin words only (see LuceneQueries)
        boolean keysComparable = term.latin() || QueryTerm.isLatin(stems[i]);
        if (keysComparable && keys[i].equals(term.key())) {
            return TRANSLIT_MATCH;
        }
        double best = 0;
        if (term.stem().length() >= SHORTEST_PREFIX && stems[i].startsWith(term.stem())) {
            best = PREFIX_MATCH;
        }
        if (allowed > 0) {
            int edits = Levenshtein.distance(term.stem(), stems[i], allowed);
            if (keysComparable) {
                edits = Math.min(edits, Levenshtein.distance(term.key(), keys[i], allowed));
            }
            if (edits <= allowed) {
                best = Math.max(best, 1 - PER_EDIT_PENALTY * edits);
            }
        }
        return best;
    }
}
