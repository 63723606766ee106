package dev.korzina.assistant.cli;

import dev.korzina.assistant.StartupException;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.InvalidConfigException;
import dev.korzina.catalog.imports.CatalogImportException;
import dev.korzina.store.DatabaseException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level {@code korzina} command and its subcommands. A failure a user can fix prints one line on stderr
 * and exits 1.
 */
@Command(
        name = "korzina",
        mixinStandardHelpOptions = true,
        versionProvider = KorzinaCommand.Version.class,
        description = "Korzina: a voice and chat shopping assistant backend.")
public final class KorzinaCommand {

    static final int EXIT_FAILURE = 1;

    private static final Logger LOG = Logger.getLogger(KorzinaCommand.class.getName());

    private KorzinaCommand() {}

    /**
     * Builds the command line with every subcommand wired.
     *
     * @param environment the process environment, for {@code KORZINA_*} overrides
     * @param stdin where the JSON Lines commands read their input
     * @return the command line, ready to {@code execute(args)}
     */
    public static CommandLine create(Map<String, String> environment, InputStream stdin) {
        ConfigLoader loader = new ConfigLoader(environment);
        CommandLine commandLine = new CommandLine(new KorzinaCommand())
                .addSubcommand(new ServeCommand(loader))
                .addSubcommand(new ImportCommand(loader))
                .addSubcommand(new CommandLine(new NluCommand())
                        .addSubcommand(new NluParseCommand(stdin))
                        .addSubcommand(new NluEvalCommand()))
                .addSubcommand(new SearchCommand(stdin))
                .addSubcommand(new CommandLine(new ReplenishCommand())
                        .addSubcommand(new ReplenishPredictCommand())
                        .addSubcommand(new ReplenishEvalCommand()))
                .addSubcommand(new ChatCommand(loader, stdin))
                .addSubcommand(
                        new CommandLine(new TelegramCommand()).addSubcommand(new TelegramSetWebhookCommand(loader)))
                .addSubcommand(new CommandLine(new TokensCommand()).addSubcommand(new TokensCreateCommand(loader)))
                .addSubcommand(
                        new CommandLine(new TranscriptsCommand()).addSubcommand(new TranscriptsSearchCommand(loader)));

        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + reason(e));
            cmd.getErr().flush();
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    private static String reason(Exception e) {
        if (e instanceof InvalidConfigException
                || e instanceof DatabaseException
                || e instanceof StartupException
                || e instanceof CatalogImportException) {
            return e.getMessage();
        }
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return "unexpected failure: " + e;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Optional.ofNullable(
                            KorzinaCommand.class.getPackage().getImplementationVersion())
                    .orElse("development build");
            return new String[] {"korzina " + version + " (Java " + Runtime.version() + ")"};
        }
    }
}
