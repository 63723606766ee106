package dev.korzina.replenish.eval;

import dev.korzina.replenish.History;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validation split cut from histories alone, for choosing parameters without looking at the real next baskets:
 * each household with at least two baskets loses its last one, which becomes its next basket to predict.
 *
 * @param histories every household, the split ones without their last basket
 * @param future household to its held-out last basket
 */
public record HoldOut(List<History> histories, Map<String, List<String>> future) {

    /** Copies the fields. */
    public HoldOut {
        histories = List.copyOf(histories);
        future = Map.copyOf(future);
    }

    /**
     * Holds out each household's last basket.
     *
     * @param histories the households' histories
     * @return the shortened histories and the held-out baskets
     */
    public static HoldOut lastBasket(List<History> histories) {
        List<History> kept = new ArrayList<>(histories.size());
        Map<String, List<String>> future = new LinkedHashMap<>();
        for (History history : histories) {
            int n = history.baskets().size();
            if (n < 2) {
                kept.add(history);
            } else {
                kept.add(new History(history.user(), history.baskets().subList(0, n - 1)));
                future.put(history.user(), history.baskets().get(n - 1).items());
            }
        }
        return new HoldOut(kept, future);
    }
}
