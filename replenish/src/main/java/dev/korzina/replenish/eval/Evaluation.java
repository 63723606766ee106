package dev.korzina.replenish.eval;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores ranked predictions against the real next baskets. For a household with next basket T (a set) and ranked
 * list P (duplicates dropped): Recall@k = |P[:k] ∩ T| / |T| and NDCG@k = Σ_{r<k, P[r]∈T} 1/log2(r+2) ÷
 * Σ_{r<min(|T|,k)} 1/log2(r+2). Households with an empty next basket are not scored; a household without a
 * prediction scores 0.
 */
public final class Evaluation {

    private Evaluation() {}

    /**
     * Averages the metrics over the households of {@code future}.
     *
     * @param predictions household to ranked item ids, best first
     * @param future household to the items of its real next basket
     * @return the macro-averaged scores
     */
    public static Scores score(Map<String, List<String>> predictions, Map<String, List<String>> future) {
        double[] sums = new double[4];
        int users = 0;
        int missing = 0;
        for (Map.Entry<String, List<String>> entry : future.entrySet()) {
            Set<String> truth = new HashSet<>(entry.getValue());
            if (truth.isEmpty()) {
                continue;
            }
            users++;
            List<String> predicted = predictions.get(entry.getKey());
            if (predicted == null) {
                missing++;
                continue;
            }
            List<String> ranked = List.copyOf(new LinkedHashSet<>(predicted));
            sums[0] += recall(ranked, truth, 10);
            sums[1] += recall(ranked, truth, 20);
            sums[2] += ndcg(ranked, truth, 10);
            sums[3] += ndcg(ranked, truth, 20);
        }
        int n = Math.max(users, 1);
        return new Scores(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, users, missing);
    }

    /**
     * Recall@k of one household.
     *
     * @param ranked the prediction, best first, without duplicates
     * @param truth the real next basket, not empty
     * @param k the cut-off
     * @return the share of the basket found in the first {@code k} predictions
     */
    static double recall(List<String> ranked, Set<String> truth, int k) {
        long hits = ranked.stream().limit(k).filter(truth::contains).count();
        return (double) hits / truth.size();
    }

    /**
     * NDCG@k of one household, the ideal DCG over {@code min(|truth|, k)} hits.
     *
     * @param ranked the prediction, best first, without duplicates
     * @param truth the real next basket, not empty
     * @param k the cut-off
     * @return the normalised discounted cumulative gain
     */
    static double ndcg(List<String> ranked, Set<String> truth, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(k, ranked.size()); r++) {
            if (truth.contains(ranked.get(r))) {
                dcg += discount(r);
            }
        }
        double ideal = 0;
        for (int r = 0; r < Math.min(truth.size(), k); r++) {
            ideal += discount(r);
        }
        return dcg / ideal;
    }

    private static double discount(int rank) {
        return 1 / (Math.log(rank + 2) / Math.log(2));
    }
}
