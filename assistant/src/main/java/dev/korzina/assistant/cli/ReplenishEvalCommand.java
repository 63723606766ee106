package dev.korzina.assistant.cli;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.eval.HoldOut;
import dev.korzina.replenish.eval.MethodEvaluation;
import dev.korzina.replenish.io.HistoryReader;
import dev.korzina.replenish.model.Methods;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code korzina replenish eval --history H --future F}: fits each method on the histories, predicts every household
 * and prints one line per method with Recall@10/20, NDCG@10/20 (as {@code eval_replenish.py} computes them) and the
 * fitting and prediction time. With {@code --validate} it scores on each household's held-out last history basket.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score next-basket methods against the households' real next baskets.")
final class ReplenishEvalCommand implements Callable<Integer> {

    private static final String ALL = "all";

    @Spec
    CommandSpec spec;

    @Mixin
    ReplenishOptions options;

    @Option(
            names = "--future",
            paramLabel = "FILE",
            description = "The real next baskets, JSON Lines: {\"user\",\"items\"}; required unless --validate.")
    Path future;

    @Option(
            names = "--validate",
            description = "Ignore --future: hold out each household's last history basket and predict that instead.")
    boolean validate;

    @Option(
            names = "--method",
            paramLabel = "NAME|all",
            description = "One method or all of them (default: ${DEFAULT-VALUE}).")
    String method = ALL;

    @Override
    public Integer call() {
        List<NextBasketModel> models = method.equals(ALL) ? Methods.all() : List.of(options.method(method));
        HistoryReader reader = new HistoryReader();
        List<History> histories = ReplenishOptions.parsed(options.histories(reader));
        MethodEvaluation evaluation;
        if (validate) {
            HoldOut split = HoldOut.lastBasket(histories);
            evaluation = new MethodEvaluation(split.histories(), split.future(), options.k);
        } else if (future == null) {
            throw new ParameterException(spec.commandLine(), "--future FILE is required unless --validate is given");
        } else {
            Map<String, List<String>> baskets = ReplenishOptions.read(future, () -> reader.readBaskets(future));
            evaluation = new MethodEvaluation(histories, baskets, options.k);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (NextBasketModel model : models) {
            out.println(evaluation.evaluate(model).summary());
            out.flush();
        }
        return 0;
    }
}
