package dev.korzina.catalog.search;

import java.util.List;

/**
 * One thing a query asks for: a word, or a phrase with synonyms.
 *
 * @param alternatives the ways to say it, the query's own words first; each is a list of words
 */
record Slot(List<List<QueryTerm>> alternatives) {

    private static final double NUMBER_WEIGHT = 0.5;
    private static final double UNIT_WEIGHT = 0.25;

    /** Copies the lists. */
    Slot {
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }

    /** How much this slot counts towards a match: numbers and units less than words. */
    double weight() {
        List<QueryTerm> own = alternatives.get(0);
        if (own.size() == 1 && alternatives.size() == 1) {
            QueryTerm term = own.get(0);
            if (term.numeric()) {
                return NUMBER_WEIGHT;
            }
            if (term.unit()) {
                return UNIT_WEIGHT;
            }
        }
        return 1.0;
    }
}
