package dev.korzina.replenish;

import java.util.List;

/**
 * A next-basket method: it learns what it needs from many households' histories and returns a {@link Predictor}.
 * Implementations are deterministic: the same histories give the same predictions.
 */
public interface NextBasketModel {

    /**
     * The method's name, as {@code replenish predict --method} accepts it.
     *
     * @return the name, e.g. {@code tifu-knn}
     */
    String name();

    /**
     * Learns from households' histories.
     *
     * @param histories the histories to learn from; their baskets are taken as they are (filter with
     *     {@link History#asOf} first to predict as of a day)
     * @return the fitted predictor
     */
    Predictor fit(List<History> histories);
}
