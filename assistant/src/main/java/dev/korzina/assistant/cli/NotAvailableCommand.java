package dev.korzina.assistant.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** A contracted subcommand whose feature is not built yet: it says so and exits 2 instead of pretending. */
@Command(mixinStandardHelpOptions = true)
final class NotAvailableCommand implements Callable<Integer> {

    static final int EXIT_NOT_AVAILABLE = 2;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": not available yet");
        err.flush();
        return EXIT_NOT_AVAILABLE;
    }
}
