package dev.korzina.assistant.cli;

import dev.korzina.nlu.eval.LabelledUtterance;
import dev.korzina.nlu.eval.NluEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korzina nlu eval --set FILE}: scores the NLU on a labelled set (format of {@code shared/eval/README.md}) and
 * prints one summary line per language and a last line over all, optionally every failure.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the NLU on a labelled set of utterances.")
final class NluEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NluOptions options;

    @Option(names = "--set", paramLabel = "FILE", required = true, description = "Labelled utterances, JSON Lines.")
    Path set;

    @Option(names = "--lang", paramLabel = "ru|en|all", description = "Only this language (default: all).")
    String lang = "all";

    @Option(names = "--failures", description = "Also list every utterance with a wrong intent or item.")
    boolean failures;

    @Override
    public Integer call() {
        List<LabelledUtterance> utterances = NluEvaluation.read(set).stream()
                .filter(u -> lang.equals("all") || u.lang().equals(lang))
                .toList();
        NluEvaluation.Report report = new NluEvaluation(options.nlu()).evaluate(utterances);
        PrintWriter out = spec.commandLine().getOut();
        if (failures) {
            report.failures()
                    .forEach(f -> out.println(f.id() + " | " + f.text() + "\n    expected  " + f.expected()
                            + "\n    predicted " + f.predicted()));
        }
        report.byLanguage().forEach((language, scores) -> out.println(language + ": " + scores.summary()));
        out.println("all: " + report.all().summary());
        out.flush();
        return 0;
    }
}
