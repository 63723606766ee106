package dev.korzina.replenish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A fitted {@link NextBasketModel}: predicts the next basket of one household, safe to call from many threads. */
public interface Predictor {

    /**
     * Ranks the items most likely in the household's next basket.
     *
     * @param history the household's history; it need not be one the model was fitted on
     * @param k how many items at most
     * @return at most {@code k} distinct items, most likely first
     */
    List<ScoredItem> predict(History history, int k);

    /**
     * Ranks the items most likely in the next basket after a day, ignoring baskets dated later.
     *
     * @param history the household's history
     * @param k how many items at most
     * @param asOf the day of the prediction, if not the end of the history
     * @return at most {@code k} distinct items, most likely first
     */
    default List<ScoredItem> predict(History history, int k, Optional<LocalDate> asOf) {
        return predict(asOf.map(history::asOf).orElse(history), k);
    }
}
