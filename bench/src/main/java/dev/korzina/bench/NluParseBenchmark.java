package dev.korzina.bench;

import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.Parse;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.nlu.eval.LabelledUtterance;
import dev.korzina.nlu.eval.NluEvaluation;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The latency of parsing one utterance, cycling through the RU and EN development set (several hundred real
 * shopping and non-shopping utterances). Sample mode reports the median and the 99th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NluParseBenchmark {

    /** A labelled utterance set (JSON Lines); only the texts are used. */
    @Param("eval/nlu/dev.jsonl")
    public String set;

    private Nlu nlu;
    private List<String> texts;
    private int next;

    /** Loads the dictionaries and the utterances. */
    @Setup
    public void setUp() {
        nlu = RuleBasedNlu.create();
        texts = NluEvaluation.read(Path.of(set)).stream()
                .map(LabelledUtterance::text)
                .toList();
    }

    /** Parses the next utterance. */
    @Benchmark
    public Parse parse() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return nlu.parse(text);
    }
}
