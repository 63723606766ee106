package dev.korzina.catalog.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param source the file or resource imported
 * @param rowsRead data rows read (the CSV header is not a row)
 * @param imported products now in the catalog
 * @param skipped rows left out, with the reason for each
 */
public record ImportReport(String source, long rowsRead, int imported, List<SkippedRow> skipped) {

    /** Copies the list of skipped rows. */
    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
