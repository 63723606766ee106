package dev.korzina.replenish.model;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The time-decayed item-frequency vector of one household, as TIFU-KNN defines it. */
final class TifuVector {

    private TifuVector() {}

    /**
     * The household's vector: item id to weight, in first-purchase order.
     *
     * @param history the household's history
     * @param parameters the groups and decay rates
     * @return the non-zero weights
     */
    static Map<String, Double> of(History history, TifuKnn.Parameters parameters) {
        List<Basket> baskets = history.baskets();
        int n = baskets.size();
        int groups = Math.min(n, parameters.groups());
        Map<String, Double> vector = new LinkedHashMap<>();
        if (n == 0) {
            return vector;
        }
        // the first groups hold n / groups baskets, the last n % groups ones one more, as the authors' code splits
        int base = n / groups;
        int longer = n % groups;
        int start = 0;
        for (int g = 0; g < groups; g++) {
            int size = base + (g >= groups - longer ? 1 : 0);
            double groupWeight = Math.pow(parameters.groupDecay(), parameters.groups() - 1 - g) / size / groups;
            for (int b = start; b < start + size; b++) {
                double weight = groupWeight * Math.pow(parameters.withinDecay(), n - 1 - b);
                for (String item : new LinkedHashSet<>(baskets.get(b).items())) {
                    vector.merge(item, weight, Double::sum);
                }
            }
            start += size;
        }
        return vector;
    }
}
