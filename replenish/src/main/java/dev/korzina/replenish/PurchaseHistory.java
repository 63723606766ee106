package dev.korzina.replenish;

import java.util.List;
import java.util.Optional;

/**
 * Where households' past baskets come from: delivered orders in the database (the orders issue) or an imported file.
 */
public interface PurchaseHistory {

    /**
     * One household's history.
     *
     * @param household the household id
     * @return its history, or empty when it has bought nothing
     */
    Optional<History> of(String household);

    /**
     * Every household's history, to fit a model on.
     *
     * @return the histories
     */
    List<History> all();
}
