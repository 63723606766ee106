package dev.korzina.bench;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import java.nio.file.Path;
import java.util.List;

/** Reads the catalog a benchmark is given. */
final class BenchCatalog {

    private BenchCatalog() {}

    /**
     * Reads a catalog file.
     *
     * @param file a catalog CSV or JSONL file; an empty name is refused with a hint
     * @return its products
     */
    static List<Product> read(String file) {
        if (file.isBlank()) {
            throw new IllegalArgumentException(
                    "give the catalog as a JMH parameter: -p catalog=/path/to/catalog.csv (see bin/bench)");
        }
        return new CatalogReader()
                .readFile(Path.of(file), ImportProgress.SILENT)
                .products();
    }
}
