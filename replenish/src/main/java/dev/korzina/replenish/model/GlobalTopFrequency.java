package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import java.util.List;

/** G-TopFreq: the same most popular items for every household. */
public final class GlobalTopFrequency implements NextBasketModel {

    /** The name {@code g-topfreq}. */
    public static final String NAME = "g-topfreq";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Predictor fit(List<History> histories) {
        GlobalPopularity popularity = GlobalPopularity.of(histories);
        return (history, k) -> popularity.fill(List.of(), k);
    }
}
