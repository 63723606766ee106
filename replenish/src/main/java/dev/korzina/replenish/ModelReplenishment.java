package dev.korzina.replenish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link Replenishment} over a next-basket model fitted once, at construction, on every household of a
 * {@link PurchaseHistory}; build a new one to learn from newer purchases. A household's own history is read at each
 * call, so its latest baskets count at once.
 */
public final class ModelReplenishment implements Replenishment {

    private final PurchaseHistory purchases;
    private final Predictor predictor;

    /**
     * Fits the model on every household's history.
     *
     * @param model the next-basket method, e.g. {@code Methods.best()}
     * @param purchases where the histories come from
     */
    public ModelReplenishment(NextBasketModel model, PurchaseHistory purchases) {
        this.purchases = purchases;
        this.predictor = model.fit(purchases.all());
    }

    @Override
    public List<Suggestion> suggest(String household, int k, LocalDate asOf) {
        History history = purchases
                .of(household)
                .orElseGet(() -> History.empty(household))
                .asOf(asOf);
        PurchaseIntervals intervals = PurchaseIntervals.of(history);
        return predictor.predict(history, k, Optional.of(asOf)).stream()
                .map(s ->
                        new Suggestion(s.item(), s.score(), intervals.usual(s.item()), intervals.timesBought(s.item())))
                .toList();
    }
}
