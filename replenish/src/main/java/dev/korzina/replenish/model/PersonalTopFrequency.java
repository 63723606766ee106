package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import dev.korzina.replenish.ScoredItem;
import java.util.List;

/**
 * P-TopFreq: the household's own items by the number of its baskets holding them, ties by the most recent purchase.
 * Needs no fitting and returns fewer than k items for a short history.
 */
public final class PersonalTopFrequency implements NextBasketModel {

    /** The name {@code p-topfreq}. */
    public static final String NAME = "p-topfreq";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Predictor fit(List<History> histories) {
        return (history, k) -> {
            List<ScoredItem> ranked = PersonalFrequency.rank(history);
            return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
        };
    }
}
