package dev.korzina.assistant.cli;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImportException;
import dev.korzina.catalog.imports.CatalogReadResult;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.RuleBasedNlu;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How the NLU commands build their NLU: with the product names of a catalog, the bundled demo catalog by default. */
final class NluOptions {

    /** The bundled demo catalog, copied into the jar from {@code config/catalog}. */
    static final String DEMO_CATALOG = "catalog/demo-catalog.csv";

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "A catalog whose product names are kept together as items (default: the demo catalog).")
    Path catalog;

    Nlu nlu() {
        List<String> names = new ArrayList<>();
        for (Product product : read().products()) {
            names.add(product.name());
            product.nameEn().ifPresent(names::add);
        }
        return RuleBasedNlu.create(names);
    }

    private CatalogReadResult read() {
        CatalogReader reader = new CatalogReader();
        if (catalog != null) {
            try (InputStream in = Files.newInputStream(catalog)) {
                return reader.read(
                        in,
                        CatalogFormat.ofFileName(catalog.getFileName().toString()),
                        catalog.toString(),
                        -1,
                        ImportProgress.SILENT);
            } catch (IOException e) {
                throw new CatalogImportException("catalog file " + catalog + " cannot be read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = NluOptions.class.getClassLoader().getResourceAsStream(DEMO_CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_CATALOG + " is missing from the classpath");
            }
            return reader.read(in, CatalogFormat.CSV, "demo catalog", -1, ImportProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
