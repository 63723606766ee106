package dev.korzina.replenish.model;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.ScoredItem;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often one household bought each item: the number of its baskets holding the item, and the last basket that
 * did. Ranks by count, ties by the most recent purchase, then by first purchase.
 */
final class PersonalFrequency {

    private PersonalFrequency() {}

    /**
     * The household's items ranked by P-TopFreq with recency ties; the score is the number of baskets.
     *
     * @param history the household's history
     * @return every item the household bought, most frequent first
     */
    static List<ScoredItem> rank(History history) {
        Map<String, int[]> stats = new LinkedHashMap<>(); // first-purchase order; value = {count, last basket}
        List<Basket> baskets = history.baskets();
        for (int t = 0; t < baskets.size(); t++) {
            Set<String> seen = new HashSet<>();
            for (String item : baskets.get(t).items()) {
                if (seen.add(item)) {
                    int[] s = stats.computeIfAbsent(item, i -> new int[2]);
                    s[0]++;
                    s[1] = t;
                }
            }
        }
        Comparator<Map.Entry<String, int[]>> order = Comparator.<Map.Entry<String, int[]>>comparingInt(
                        e -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1]);
        return stats.entrySet().stream()
                .sorted(order) // stable: equal entries keep first-purchase order
                .map(e -> new ScoredItem(e.getKey(), e.getValue()[0]))
                .toList();
    }
}
