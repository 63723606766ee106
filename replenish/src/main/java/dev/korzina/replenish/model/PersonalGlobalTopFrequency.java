package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import java.util.List;

/** GP-TopFreq: {@link PersonalTopFrequency}, then filled up to k with the globally most popular items. */
public final class PersonalGlobalTopFrequency implements NextBasketModel {

    /** The name {@code gp-topfreq}. */
    public static final String NAME = "gp-topfreq";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Predictor fit(List<History> histories) {
        GlobalPopularity popularity = GlobalPopularity.of(histories);
        return (history, k) -> popularity.fill(PersonalFrequency.rank(history), k);
    }
}
