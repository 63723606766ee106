package dev.korzina.bench;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.nlu.Language;
import dev.korzina.skills.TurnResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One whole dialog turn — NLU, product resolution in the catalog, the cart write in the embedded PostgreSQL,
 * conversation state, transcript and reply — over a catalog of {@link #catalog}, cycling through a shopper's
 * additions, questions, removals and undos; a new shopper every twenty turns keeps carts realistic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DialogTurnBenchmark {

    private static final Map<String, List<String>> TURNS = Map.of(
            "ru",
            List.of(
                    "добавь молоко и два батона",
                    "что у меня в корзине",
                    "добавь кефир",
                    "есть ли сметана",
                    "убери кефир",
                    "отмени",
                    "добавь полкило сыра и бананы",
                    "сделай молока три"),
            "en",
            List.of(
                    "add milk and two loaves of bread",
                    "what's in my cart",
                    "add greek yogurt",
                    "do you have peanut butter",
                    "remove the yogurt",
                    "undo",
                    "add bananas and a dozen eggs",
                    "change the milk to 3"));
    private static final int TURNS_PER_SHOPPER = 20;

    /** The catalog file the server imports. */
    @Param("config/catalog/demo-catalog.csv")
    public String catalog;

    /** The shoppers' language, {@code ru} or {@code en}. */
    @Param("ru")
    public String lang;

    private Dialogs dialogs;
    private List<String> turns;
    private int next;

    /** Starts the dialogs on a fresh data directory with the catalog imported. */
    @Setup
    public void setUp() throws IOException {
        Path dataDir = Files.createTempDirectory("korzina-dialog-bench");
        Map<String, String> flags = Map.of(
                "data.dir",
                dataDir.toString(),
                "catalog.file",
                Path.of(catalog).toAbsolutePath().toString());
        dialogs = Dialogs.start(new ConfigLoader(Map.of()).load(Optional.empty(), flags));
        turns = TURNS.get(lang);
    }

    /** Stops the dialogs and their database. */
    @TearDown
    public void tearDown() {
        dialogs.close();
    }

    /** Answers the next turn. */
    @Benchmark
    public TurnResult turn() {
        int turn = next++;
        return dialogs.turn(
                "bench",
                "shopper-" + turn / TURNS_PER_SHOPPER,
                turns.get(turn % turns.size()),
                Language.fromCode(lang));
    }
}
