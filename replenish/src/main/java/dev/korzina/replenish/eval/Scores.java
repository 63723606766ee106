package dev.korzina.replenish.eval;

import java.util.Locale;

/**
 * Ranking metrics averaged over the households with a non-empty next basket.
 *
 * @param recallAt10 Recall@10
 * @param recallAt20 Recall@20
 * @param ndcgAt10 NDCG@10
 * @param ndcgAt20 NDCG@20
 * @param users how many households were scored
 * @param missing how many of them had no prediction (they score 0)
 */
public record Scores(double recallAt10, double recallAt20, double ndcgAt10, double ndcgAt20, int users, int missing) {

    /**
     * The metrics on one line, four decimals, as {@code eval_replenish.py} rounds them.
     *
     * @return e.g. {@code recall@10=0.1252 recall@20=0.1758 ndcg@10=0.1088 ndcg@20=0.1234 users=13858 missing=0}
     */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "recall@10=%.4f recall@20=%.4f ndcg@10=%.4f ndcg@20=%.4f users=%d missing=%d",
                recallAt10,
                recallAt20,
                ndcgAt10,
                ndcgAt20,
                users,
                missing);
    }
}
