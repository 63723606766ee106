package dev.korzina.replenish.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void keepsTheHighestScoresBestFirstAndTheSmallerIdOnTies() {
        TopK top = new TopK(3);
        double[] scores = {0.5, 0.9, 0.1, 0.9, 0.7, 0.2};
        for (int id = scores.length - 1; id >= 0; id--) {
            top.offer(id, scores[id]);
        }

        assertThat(top.best()).containsExactly(1, 3, 4);
    }
}
