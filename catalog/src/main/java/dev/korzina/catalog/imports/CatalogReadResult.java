package dev.korzina.catalog.imports;

import dev.korzina.catalog.Product;
import java.util.List;

/**
 * The products read from a catalog file and the rows left out.
 *
 * @param products the good rows, in file order, ids unique
 * @param skipped the rows left out, with reasons
 * @param rowsRead data rows read
 */
public record CatalogReadResult(List<Product> products, List<SkippedRow> skipped, long rowsRead) {

    /** Copies the lists. */
    public CatalogReadResult {
        products = List.copyOf(products);
        skipped = List.copyOf(skipped);
    }
}
