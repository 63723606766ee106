package dev.korzina.assistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import dev.korzina.replenish.ScoredItem;
import dev.korzina.replenish.io.HistoryLine;
import dev.korzina.replenish.io.HistoryReader;
import dev.korzina.replenish.model.Methods;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korzina replenish predict --history FILE}: fits a method on every history of the file, then prints one
 * {@code {"user","items"}} line per input line, in order; a bad line gets {@code {"user","error"}} and the run goes
 * on.
 */
@Command(
        name = "predict",
        mixinStandardHelpOptions = true,
        description = "Predict each household's next basket; one JSON line out per history line in.")
final class ReplenishPredictCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ReplenishPredictCommand.class.getName());

    private final ObjectMapper json = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ReplenishOptions options;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Predict the basket after this ISO date; baskets dated later are ignored.")
    LocalDate asOf;

    @Option(names = "--method", paramLabel = "NAME", description = "The method (default: the best, ${DEFAULT-VALUE}).")
    String method = Methods.best().name();

    @Override
    public Integer call() throws JsonProcessingException {
        NextBasketModel model = options.method(method);
        List<HistoryLine> lines = options.histories(new HistoryReader());
        List<History> histories = ReplenishOptions.parsed(lines).stream()
                .map(h -> Optional.ofNullable(asOf).map(h::asOf).orElse(h))
                .toList();
        long start = System.nanoTime();
        Predictor predictor = model.fit(histories);
        LOG.info(() -> String.format(
                "fitted %s on %d households in %d ms",
                model.name(), histories.size(), (System.nanoTime() - start) / 1_000_000));
        PrintWriter out = spec.commandLine().getOut();
        for (HistoryLine line : lines) {
            out.println(json.writeValueAsString(answer(line, predictor)));
        }
        out.flush();
        return 0;
    }

    private ObjectNode answer(HistoryLine line, Predictor predictor) {
        ObjectNode result = json.createObjectNode();
        switch (line) {
            case HistoryLine.Parsed parsed -> {
                result.put("user", parsed.history().user());
                ArrayNode items = result.putArray("items");
                predictor.predict(parsed.history(), options.k, Optional.ofNullable(asOf)).stream()
                        .map(ScoredItem::item)
                        .forEach(items::add);
            }
            case HistoryLine.Invalid invalid -> {
                result.put("user", invalid.user().orElse(null));
                result.put("error", invalid.error());
            }
        }
        return result;
    }
}
