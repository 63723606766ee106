package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing a query asks for: a word, or a phrase, with other ways to say it.
 *
 * @param alternatives the ways to say it, the query's own words first
 */
record Slot(List<Alternative> alternatives) {

    private static final double NUMBER_WEIGHT = 0.5;
    private static final double UNIT_WEIGHT = 0.25;

    /** Checks that the shopper's own words come first and copies the list. */
    Slot {
        if (alternatives.isEmpty() || alternatives.get(0).kind() != Alternative.Kind.OWN) {
            throw new IllegalArgumentException("a slot starts with the shopper's own words");
        }
        alternatives = List.copyOf(alternatives);
    }

    /** A slot of the shopper's own words only. */
    static Slot of(List<QueryTerm> words) {
        return new Slot(List.of(new Alternative(words, Alternative.Kind.OWN)));
    }

    /** The shopper's own words. */
    List<QueryTerm> own() {
        return alternatives.get(0).words();
    }

    /** This slot with more alternatives. */
    Slot with(List<Alternative> more) {
        List<Alternative> all = new ArrayList<>(alternatives);
        all.addAll(more);
        return new Slot(all);
    }

    /** How much this slot counts towards a match: numbers and units less than words. */
    double weight() {
        List<QueryTerm> own = own();
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
