package dev.korzina.assistant.cli;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportReport;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code korzina import --catalog FILE}: replaces the stored catalog and reports rows read and skipped. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Replace the catalog with a CSV or JSONL file; bad rows are skipped and reported.")
final class ImportCommand implements Callable<Integer> {

    /** At most this many skipped rows are listed one by one. */
    private static final int LISTED_SKIPS = 20;

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            required = true,
            description = "The catalog: CSV with a header (id,name required) or JSON Lines.")
    Path catalog;

    ImportCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        try (Database database = Database.start(options.load(loader, Map.of()).db())) {
            ImportReport report = new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importFile(catalog, new ProgressBarImportProgress(System.err));
            print(report, spec.commandLine().getOut());
        }
        return 0;
    }

    private static void print(ImportReport report, PrintWriter out) {
        out.println("Imported " + report.imported() + " products from " + report.source() + ": " + report.rowsRead()
                + " rows read, " + report.skipped().size() + " skipped.");
        report.skipped().stream()
                .limit(LISTED_SKIPS)
                .forEach(s -> out.println("  line " + s.line() + ": " + s.reason()));
        if (report.skipped().size() > LISTED_SKIPS) {
            out.println("  … and " + (report.skipped().size() - LISTED_SKIPS) + " more skipped rows");
        }
        out.flush();
    }
}
