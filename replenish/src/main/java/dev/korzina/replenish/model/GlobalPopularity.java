package dev.korzina.replenish.model;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.ScoredItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Items ranked by the number of baskets holding them over all households (G-TopFreq), ties by item id. The score is
 * the share of all baskets, below 1 so that it ranks after any personal count.
 */
final class GlobalPopularity {

    private final List<ScoredItem> ranking;

    private GlobalPopularity(List<ScoredItem> ranking) {
        this.ranking = ranking;
    }

    /**
     * Counts the baskets of every history.
     *
     * @param histories the households' histories
     * @return the popularity ranking
     */
    static GlobalPopularity of(Collection<History> histories) {
        Map<String, Integer> counts = new HashMap<>();
        int baskets = 0;
        for (History history : histories) {
            for (Basket basket : history.baskets()) {
                baskets++;
                for (String item : new HashSet<>(basket.items())) {
                    counts.merge(item, 1, Integer::sum);
                }
            }
        }
        double total = baskets + 1.0;
        List<ScoredItem> ranking = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ScoredItem(e.getKey(), e.getValue() / total))
                .toList();
        return new GlobalPopularity(ranking);
    }

    /**
     * Every item, most popular first.
     *
     * @return the ranking
     */
    List<ScoredItem> ranking() {
        return ranking;
    }

    /**
     * Appends the most popular items not yet listed until there are {@code k}.
     *
     * @param items the ranked items so far
     * @param k how many items in all
     * @return {@code items} (cut to {@code k}) followed by popular items
     */
    List<ScoredItem> fill(List<ScoredItem> items, int k) {
        List<ScoredItem> result = new ArrayList<>(items.subList(0, Math.min(k, items.size())));
        Set<String> listed = new HashSet<>();
        result.forEach(s -> listed.add(s.item()));
        for (int i = 0; i < ranking.size() && result.size() < k; i++) {
            if (listed.add(ranking.get(i).item())) {
                result.add(ranking.get(i));
            }
        }
        return List.copyOf(result);
    }
}
