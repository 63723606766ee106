package dev.korzina.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.eval.NluEvaluation;
import dev.korzina.nlu.eval.Scores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole labelled development set ({@code eval/nlu/dev.jsonl}), so that a change that makes the NLU worse fails
 * the build. The thresholds sit just under what the NLU reaches today.
 */
class DevSetTest {

    private static final Path DEV_SET = Path.of("").toAbsolutePath().getParent().resolve("eval/nlu/dev.jsonl");

    private static NluEvaluation.Report report;

    @BeforeAll
    static void evaluate() {
        report = new NluEvaluation(RuleBasedNlu.create(List.of())).evaluate(NluEvaluation.read(DEV_SET));
    }

    @Test
    void understandsRussianIntents() {
        assertThat(scores("ru").intentAccuracy()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void readsRussianItemsWithTheirAmounts() {
        assertThat(scores("ru").strict().f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void understandsEnglishIntents() {
        assertThat(scores("en").intentAccuracy()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void readsEnglishItemsWithTheirAmounts() {
        assertThat(scores("en").strict().f1()).isGreaterThanOrEqualTo(0.98);
    }

    private static Scores scores(String language) {
        assertThat(report.byLanguage()).containsKey(language);
        return report.byLanguage().get(language);
    }
}
