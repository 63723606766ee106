package dev.korzina.assistant;

import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.imports.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes sure the server starts with a catalog: the file given at start replaces the catalog; without one, an
 * empty database gets the bundled demo catalog and a filled one keeps what it has.
 */
public final class CatalogBootstrap {

    /** The bundled demo catalog, copied into the jar from {@code config/catalog}. */
    private static final String DEMO_CATALOG = "catalog/demo-catalog.csv";

    private final ProductStore products;
    private final CatalogImporter importer;

    /**
     * Creates the bootstrap.
     *
     * @param products the stored catalog
     */
    public CatalogBootstrap(ProductStore products) {
        this.products = products;
        this.importer = new CatalogImporter(products);
    }

    /**
     * Loads the catalog the configuration asks for.
     *
     * @param catalogFile a file that replaces the catalog, if given
     * @param progress hears how far the import of {@code catalogFile} has got
     * @return what was imported, or empty when the stored catalog was kept
     */
    public Optional<ImportReport> ensureCatalog(Optional<Path> catalogFile, ImportProgress progress) {
        if (catalogFile.isPresent()) {
            return Optional.of(importer.importFile(catalogFile.get(), progress));
        }
        if (products.count() > 0) {
            return Optional.empty();
        }
        try (InputStream demo = openDemoCatalog()) {
            // a few hundred rows load in a blink: no progress bar
            return Optional.of(
                    importer.importStream(demo, CatalogFormat.CSV, "demo catalog", -1, ImportProgress.SILENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundled demo catalog (CSV), to read and close.
     *
     * @return its bytes
     * @throws IllegalStateException when the jar lacks it
     */
    public static InputStream openDemoCatalog() {
        InputStream demo = CatalogBootstrap.class.getClassLoader().getResourceAsStream(DEMO_CATALOG);
        if (demo == null) {
            throw new IllegalStateException(DEMO_CATALOG + " is missing from the classpath");
        }
        return demo;
    }
}
