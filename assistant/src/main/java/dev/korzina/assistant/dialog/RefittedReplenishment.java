package dev.korzina.assistant.dialog;

import dev.korzina.replenish.ModelReplenishment;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.PurchaseHistory;
import dev.korzina.replenish.Replenishment;
import dev.korzina.replenish.Suggestion;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Replenishment} over a model that can be fitted again on the purchases recorded since (the server does it
 * daily); a household's own newest purchases count at once anyway, only its neighbours wait for the next fit.
 */
final class RefittedReplenishment implements Replenishment {

    private final NextBasketModel model;
    private final PurchaseHistory purchases;
    private final AtomicReference<ModelReplenishment> fitted;

    RefittedReplenishment(NextBasketModel model, PurchaseHistory purchases) {
        this.model = model;
        this.purchases = purchases;
        this.fitted = new AtomicReference<>(new ModelReplenishment(model, purchases));
    }

    /** Fits the model on every household's purchases as they are now. */
    void refit() {
        fitted.set(new ModelReplenishment(model, purchases));
    }

    @Override
    public List<Suggestion> suggest(String household, int k, LocalDate asOf) {
        return fitted.get().suggest(household, k, asOf);
    }
}
