package dev.korzina.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs every benchmark once, in this JVM, on a tiny generated catalog, so that they keep working. */
class BenchmarksSmokeTest {

    @TempDir
    Path dir;

    @Test
    void everyBenchmarkRunsOnATinyCatalog() throws Exception {
        Path catalog = dir.resolve("tiny.csv");
        StringBuilder csv = new StringBuilder("id,name,category\n");
        String[] names = {"Organic Whole Milk", "Bag of Organic Bananas", "Greek Yogurt", "Peanut Butter", "Eggs"};
        for (int i = 0; i < 200; i++) {
            csv.append("p")
                    .append(i)
                    .append(',')
                    .append(names[i % names.length])
                    .append(' ')
                    .append(i)
                    .append(",x\n");
        }
        Files.writeString(catalog, csv, StandardCharsets.UTF_8);
        Options options = new OptionsBuilder()
                .include(IndexBuildBenchmark.class.getName())
                .include(SearchBenchmark.class.getName())
                .param("catalog", catalog.toString())
                .param("size", "100")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .timeout(TimeValue.seconds(30))
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        assertThat(results)
                .extracting(r -> r.getParams().getBenchmark().replaceAll(".*\\.", ""))
                .containsExactlyInAnyOrder("readAndIndex", "index", "search");
        assertThat(results)
                .allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void theNluBenchmarkParsesTheDevelopmentSet() throws Exception {
        Collection<RunResult> results = SingleRun.run(
                NluParseBenchmark.class,
                Map.of("set", SingleRun.repositoryFile("eval/nlu/dev.jsonl").toString()),
                TimeValue.milliseconds(200));

        assertThat(results)
                .singleElement()
                .satisfies(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void heapFootprintMeasuresATinyCatalog() throws Exception {
        Path catalog = dir.resolve("tiny.csv");
        Files.writeString(catalog, "id,name\np1,Organic Whole Milk\np2,Bananas\n", StandardCharsets.UTF_8);

        HeapFootprint.Footprint footprint = HeapFootprint.measure(BenchCatalog.read(catalog.toString()));

        assertThat(footprint.products()).isEqualTo(2);
        assertThat(footprint.peakBytes())
                .isGreaterThanOrEqualTo(footprint.usedBytes())
                .isPositive();
    }
}
