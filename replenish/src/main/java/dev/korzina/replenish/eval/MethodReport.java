package dev.korzina.replenish.eval;

import java.time.Duration;
import java.util.Locale;

/**
 * How one method did on one data set, with its cost.
 *
 * @param method the method's name
 * @param scores the metrics
 * @param fit the time to fit on every history
 * @param predict the time to predict every household, one after the other
 * @param households how many households were predicted
 */
public record MethodReport(String method, Scores scores, Duration fit, Duration predict, int households) {

    /**
     * The method, its metrics and its timing on one line.
     *
     * @return e.g. {@code gp-topfreq: recall@10=0.1252 … fit_ms=310 predict_ms_per_household=0.012}
     */
    public String summary() {
        double perHousehold = households == 0 ? 0 : predict.toNanos() / 1e6 / households;
        return String.format(
                Locale.ROOT,
                "%s: %s fit_ms=%d predict_ms_per_household=%.3f",
                method,
                scores.summary(),
                fit.toMillis(),
                perHousehold);
    }
}
