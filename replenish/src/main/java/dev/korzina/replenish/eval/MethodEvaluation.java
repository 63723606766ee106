package dev.korzina.replenish.eval;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import dev.korzina.replenish.ScoredItem;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fits a method on histories, predicts every household's next basket, and scores it against the real ones. */
public final class MethodEvaluation {

    private final List<History> histories;
    private final Map<String, List<String>> future;
    private final int k;

    /**
     * An evaluation on one data set.
     *
     * @param histories the households' histories, to fit on and to predict
     * @param future household to the items of its real next basket
     * @param k how many items each prediction lists
     */
    public MethodEvaluation(List<History> histories, Map<String, List<String>> future, int k) {
        this.histories = List.copyOf(histories);
        this.future = Map.copyOf(future);
        this.k = k;
    }

    /**
     * Fits, predicts and scores one method, timing fitting and prediction.
     *
     * @param model the method
     * @return its report
     */
    public MethodReport evaluate(NextBasketModel model) {
        long start = System.nanoTime();
        Predictor predictor = model.fit(histories);
        long fitted = System.nanoTime();
        Map<String, List<String>> predictions = new HashMap<>();
        for (History history : histories) {
            predictions.put(
                    history.user(),
                    predictor.predict(history, k).stream().map(ScoredItem::item).toList());
        }
        long predicted = System.nanoTime();
        return new MethodReport(
                model.name(),
                Evaluation.score(predictions, future),
                Duration.ofNanos(fitted - start),
                Duration.ofNanos(predicted - fitted),
                histories.size());
    }
}
