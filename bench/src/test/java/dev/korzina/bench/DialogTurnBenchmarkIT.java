package dev.korzina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the dialog turn benchmark briefly, in this JVM, on the demo catalog, so that it keeps working. */
class DialogTurnBenchmarkIT {

    @Test
    void theDialogBenchmarkAnswersTurnsOnTheDemoCatalog() throws Exception {
        Collection<RunResult> results = SingleRun.run(
                DialogTurnBenchmark.class,
                Map.of(
                        "catalog",
                        SingleRun.repositoryFile("config/catalog/demo-catalog.csv")
                                .toString(),
                        "lang",
                        "ru"),
                TimeValue.milliseconds(500));

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
