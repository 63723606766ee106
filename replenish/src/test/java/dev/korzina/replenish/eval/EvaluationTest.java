package dev.korzina.replenish.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Test
    void evaluationMatchesTheReferenceFormula() {
        // u1: truth {a, b, c}, hits at ranks 0 and 2 (a duplicate "a" is dropped first); u2: truth {x}, no hit
        Map<String, List<String>> predictions = Map.of("u1", List.of("a", "a", "z", "c"), "u2", List.of("y"));
        Map<String, List<String>> future = new LinkedHashMap<>();
        future.put("u1", List.of("a", "b", "c"));
        future.put("u2", List.of("x"));

        Scores scores = Evaluation.score(predictions, future);

        double ndcgU1 = (1 + 1 / log2(4)) / (1 + 1 / log2(3) + 1 / log2(4));
        assertThat(scores.recallAt10()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-12));
        assertThat(scores.recallAt20()).isCloseTo((2.0 / 3 + 0) / 2, within(1e-12));
        assertThat(scores.ndcgAt10()).isCloseTo(ndcgU1 / 2, within(1e-12));
        assertThat(scores.users()).isEqualTo(2);
        assertThat(scores.missing()).isZero();
    }

    @Test
    void countsOnlyTheFirstKPredictions() {
        List<String> ranked = List.of("n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "hit");

        assertThat(Evaluation.recall(ranked, Set.of("hit"), 10)).isZero();
        assertThat(Evaluation.recall(ranked, Set.of("hit"), 20)).isEqualTo(1.0);
        assertThat(Evaluation.ndcg(ranked, Set.of("hit"), 20)).isCloseTo(1 / log2(12), within(1e-12));
    }

    @Test
    void scoresAMissingPredictionZeroAndSkipsAnEmptyNextBasket() {
        Map<String, List<String>> future = Map.of("u1", List.of("a"), "u2", List.of("b"), "u3", List.of());

        Scores scores = Evaluation.score(Map.of("u1", List.of("a")), future);

        assertThat(scores.users()).isEqualTo(2);
        assertThat(scores.missing()).isEqualTo(1);
        assertThat(scores.recallAt10()).isEqualTo(0.5);
        assertThat(scores.summary())
                .isEqualTo("recall@10=0.5000 recall@20=0.5000 ndcg@10=0.5000 ndcg@20=0.5000 users=2 missing=1");
    }
}
