package dev.korzina.catalog.imports;

import dev.korzina.catalog.Product;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the products of one import, skipping invalid rows and repeated ids with a reason each. */
final class RowCollector {

    private final ProductRowParser parser = new ProductRowParser();
    private final List<Product> products = new ArrayList<>();
    private final List<SkippedRow> skipped = new ArrayList<>();
    private final Map<String, Long> firstLineOfId = new HashMap<>();
    private long rowsRead;

    void accept(long line, Map<String, String> fields) {
        rowsRead++;
        try {
            Product product = parser.parse(fields);
            Long firstLine = firstLineOfId.putIfAbsent(product.id(), line);
            if (firstLine != null) {
                skip(line, "duplicate id " + product.id() + " (first on line " + firstLine + ")");
                return;
            }
            products.add(product);
        } catch (InvalidRowException e) {
            skipped.add(new SkippedRow(line, e.getMessage()));
        }
    }

    void reject(long line, String reason) {
        rowsRead++;
        skip(line, reason);
    }

    private void skip(long line, String reason) {
        skipped.add(new SkippedRow(line, reason));
    }

    CatalogReadResult result() {
        return new CatalogReadResult(products, skipped, rowsRead);
    }
}
