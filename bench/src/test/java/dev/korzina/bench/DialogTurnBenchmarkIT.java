package dev.korzina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the dialog turn benchmark briefly, in this JVM, on the demo catalog, so that it keeps working. */
class DialogTurnBenchmarkIT {

    @Test
    void theDialogBenchmarkAnswersTurnsOnTheDemoCatalog() throws Exception {
        Path demo = Path.of("").toAbsolutePath().getParent().resolve("config/catalog/demo-catalog.csv");
        Options options = new OptionsBuilder()
                .include(DialogTurnBenchmark.class.getName())
                .param("catalog", demo.toString())
                .param("lang", "ru")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(500))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
