package dev.korzina.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one benchmark once, in the test's own JVM, without warm-up: enough to show it still works. */
final class SingleRun {

    private SingleRun() {}

    static Collection<RunResult> run(Class<?> benchmark, Map<String, String> params, TimeValue measurement)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(measurement)
                .shouldFailOnError(true);
        params.forEach(options::param);
        return new Runner(options.build()).run();
    }

    /** A file of the repository, from a module's directory. */
    static Path repositoryFile(String path) {
        return Path.of("").toAbsolutePath().getParent().resolve(path);
    }
}
