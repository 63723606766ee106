package dev.korzina.assistant.cli;

import dev.korzina.assistant.StartupException;
import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.io.HistoryLine;
import dev.korzina.replenish.io.HistoryReader;
import dev.korzina.replenish.model.Methods;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options {@code replenish predict} and {@code replenish eval} share: the history file and the list length. */
final class ReplenishOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--history",
            paramLabel = "FILE",
            required = true,
            description = "Households' histories, JSON Lines: {\"user\",\"baskets\":[{\"date\",\"items\"}]}.")
    Path history;

    @Option(
            names = "--k",
            paramLabel = "K",
            defaultValue = "20",
            description = "How many items to predict per household (default: ${DEFAULT-VALUE}).")
    int k;

    /** The history file's lines; fails with one line when it cannot be read. */
    List<HistoryLine> histories(HistoryReader reader) {
        if (k < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--k must be at least 1, not " + k);
        }
        return read(history, () -> reader.readHistories(history));
    }

    /** The histories among a file's lines, in order; the invalid lines are left out. */
    static List<History> parsed(List<HistoryLine> lines) {
        return lines.stream()
                .<History>mapMulti((line, parsed) -> {
                    if (line instanceof HistoryLine.Parsed p) {
                        parsed.accept(p.history());
                    }
                })
                .toList();
    }

    /** The method with a name; a usage error lists the names. */
    NextBasketModel method(String name) {
        return Methods.named(name)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--method must be one of " + Methods.names() + ", not " + name));
    }

    /** Reads a file, turning a missing or unreadable one into a one-line failure. */
    static <T> T read(Path file, Supplier<T> reading) {
        if (!Files.isRegularFile(file)) {
            throw new StartupException("file " + file + " does not exist", null);
        }
        try {
            return reading.get();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }
}
