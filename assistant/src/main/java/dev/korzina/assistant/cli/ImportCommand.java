package dev.korzina.assistant.cli;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportReport;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.identity.PostgresIdentityStore;
import dev.korzina.store.purchases.HistoryImport;
import dev.korzina.store.purchases.HistoryImport.ChannelUser;
import dev.korzina.store.purchases.PostgresPurchaseHistory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code korzina import --catalog FILE}: replaces the stored catalog and reports rows read and skipped; {@code korzina
 * import --history FILE}: adds past purchases to the households of the history's users.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Replace the catalog with a CSV or JSONL file; bad rows are skipped and reported.",
            "Or add a purchase history (JSON Lines, one user a line) to the users' households; importing it again adds"
                    + " nothing."
        })
final class ImportCommand implements Callable<Integer> {

    /** At most this many skipped rows are listed one by one. */
    private static final int LISTED_SKIPS = 20;

    /** The history import reports progress every this many lines. */
    private static final int PROGRESS_EVERY = 1000;

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "The catalog: CSV with a header (id,name required) or JSON Lines.")
    Path catalog;

    @Option(
            names = "--history",
            paramLabel = "FILE",
            description =
                    "Past purchases: {\"user\":\"u1\",\"baskets\":[{\"date\":\"2024-01-05\",\"items\":[…]}]} per line.")
    Path history;

    @Option(
            names = "--channel",
            paramLabel = "CHANNEL",
            defaultValue = "cli",
            description =
                    "The channel the history's users are identities on (default: ${DEFAULT-VALUE}, as in chat --user).")
    String channel;

    @Option(
            names = "--household-of",
            paramLabel = "CHANNEL:EXTERNAL_ID",
            description = "Put every basket of the history into this identity's household instead.")
    String householdOf;

    ImportCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        if ((catalog == null) == (history == null)) {
            throw new ParameterException(spec.commandLine(), "give either --catalog FILE or --history FILE");
        }
        Optional<ChannelUser> into;
        try {
            into = Optional.ofNullable(householdOf).map(ChannelUser::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--household-of: " + e.getMessage());
        }
        try (Database database = Database.start(options.load(loader, Map.of()).db())) {
            if (history != null) {
                importHistory(database, into);
                return 0;
            }
            ImportReport report = new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importFile(catalog, new ProgressBarImportProgress(System.err));
            print(report, spec.commandLine().getOut());
        }
        return 0;
    }

    private void importHistory(Database database, Optional<ChannelUser> into) {
        PrintWriter err = spec.commandLine().getErr();
        HistoryImport.Report report = new HistoryImport(
                        new PostgresIdentityStore(database.dataSource()),
                        new PostgresPurchaseHistory(database.dataSource()))
                .importFile(history, channel, into, done -> {
                    if (done % PROGRESS_EVERY == 0) {
                        err.println("… " + done + " lines");
                        err.flush();
                    }
                });
        err.println("Imported the purchase history of " + report.users() + " users from " + history + ": "
                + report.baskets() + " dated baskets, " + report.added() + " new, "
                + report.skipped().size()
                + " skipped.");
        listSkipped(report.skipped(), err);
    }

    private static void listSkipped(List<String> reasons, PrintWriter out) {
        reasons.stream().limit(LISTED_SKIPS).forEach(r -> out.println("  " + r));
        if (reasons.size() > LISTED_SKIPS) {
            out.println("  … and " + (reasons.size() - LISTED_SKIPS) + " more skipped");
        }
        out.flush();
    }

    private static void print(ImportReport report, PrintWriter out) {
        out.println("Imported " + report.imported() + " products from " + report.source() + ": " + report.rowsRead()
                + " rows read, " + report.skipped().size() + " skipped.");
        listSkipped(
                report.skipped().stream()
                        .map(s -> "line " + s.line() + ": " + s.reason())
                        .toList(),
                out);
    }
}
