package dev.korzina.assistant;

import dev.korzina.assistant.cli.KorzinaCommand;
import io.helidon.logging.common.LogConfig;

/** The {@code korzina} program: configures logging and runs the command line. */
public final class Main {

    private Main() {}

    /**
     * Runs one {@code korzina} command.
     *
     * @param args the command and its options ({@code serve --port 8080})
     */
    public static void main(String[] args) {
        LogConfig.configureRuntime();
        System.exit(KorzinaCommand.create(System.getenv(), System.in).execute(args));
    }
}
