package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import java.util.List;

/**
 * Repeat-cycle re-ranking on top of another method: an item the household buys at a regular interval gets a bonus
 * when that interval has (about) passed since its last purchase on the day of the prediction. The day is the
 * {@code asOf} date when given, else the household's expected next shopping day; undated histories are left as the
 * base method ranks them. The bonus is {@code weight} times the base's top score times {@code exp(-ln²(d / I) / 0.5)},
 * where {@code d} is the days since the last purchase and {@code I} the household's median interval for the item.
 */
public final class RepeatCycle implements NextBasketModel {

    private final NextBasketModel base;
    private final double weight;

    /**
     * Adds repeat cycles to a method.
     *
     * @param base the method whose ranking is adjusted
     * @param weight the bonus of an item exactly due, relative to the base's top score; not negative
     */
    public RepeatCycle(NextBasketModel base, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative, not " + weight);
        }
        this.base = base;
        this.weight = weight;
    }

    @Override
    public String name() {
        return base.name() + "-cycle";
    }

    @Override
    public Predictor fit(List<History> histories) {
        return new RepeatCyclePredictor(base.fit(histories), weight);
    }
}
