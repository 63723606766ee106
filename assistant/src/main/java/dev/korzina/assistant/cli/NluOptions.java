package dev.korzina.assistant.cli;

import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogReadResult;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.RuleBasedNlu;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How the NLU commands build their NLU: with the product names of a catalog, the bundled demo catalog by default. */
final class NluOptions {

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
            return reader.readFile(catalog, ImportProgress.SILENT);
        }
        try (InputStream in = CatalogBootstrap.openDemoCatalog()) {
            return reader.read(in, CatalogFormat.CSV, "demo catalog", -1, ImportProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
