package dev.korzina.catalog.search;

import java.util.List;

/**
 * One way to say what a slot asks for.
 *
 * @param words the words, analysed
 * @param kind where it comes from, which says how much a match on it counts
 */
record Alternative(List<QueryTerm> words, Kind kind) {

    /** Where an alternative comes from. */
    enum Kind {
        /** The shopper's own words. */
        OWN(1.0f),
        /** A likely intended spelling of a word no product (or almost none) contains: "yougurt" → "yogurt". */
        CORRECTION(0.9f),
        /** A base form the stemmer missed: "пломбирчик" → "пломбир", "сливок" → "сливк". */
        VARIANT(0.9f),
        /** An entry of the synonyms file: "газировка" → "лимонад". */
        SYNONYM(0.85f);

        private final float weight;

        Kind(float weight) {
            this.weight = weight;
        }

        /** How much a match on such an alternative counts, relative to the shopper's own words. */
        float weight() {
            return weight;
        }
    }

    /** Copies the list. */
    Alternative {
        words = List.copyOf(words);
    }

    /** An alternative of one word. */
    static Alternative of(QueryTerm word, Kind kind) {
        return new Alternative(List.of(word), kind);
    }
}
