package dev.korzina.catalog.imports;

import dev.korzina.catalog.ProductStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Replaces the catalog in a {@link ProductStore} with the good rows of a catalog file. */
public final class CatalogImporter {

    private static final int REASONS_IN_MESSAGE = 3;

    private final ProductStore store;
    private final CatalogReader reader = new CatalogReader();

    /**
     * Creates an importer writing to the given store.
     *
     * @param store where the catalog is kept
     */
    public CatalogImporter(ProductStore store) {
        this.store = store;
    }

    /**
     * Imports a catalog file, its format chosen by its name ({@link CatalogFormat#ofFileName}).
     *
     * @param file the CSV or JSON Lines file
     * @param progress hears how far reading has got
     * @return what was imported and what was skipped
     * @throws CatalogImportException when the file is missing, unreadable or has no valid row; the catalog is
     *     then unchanged
     */
    public ImportReport importFile(Path file, ImportProgress progress) {
        return save(reader.readFile(file, progress), file.toString());
    }

    /**
     * Imports a catalog from a stream.
     *
     * @param in the catalog's bytes, UTF-8; not closed here
     * @param format its format
     * @param source its name, for reports
     * @param totalBytes its size, or -1 when unknown
     * @param progress hears how far reading has got
     * @return what was imported and what was skipped
     * @throws CatalogImportException when no row is valid; the catalog is then unchanged
     */
    public ImportReport importStream(
            InputStream in, CatalogFormat format, String source, long totalBytes, ImportProgress progress) {
        return save(reader.read(in, format, source, totalBytes, progress), source);
    }

    private ImportReport save(CatalogReadResult read, String source) {
        if (read.products().isEmpty()) {
            String reasons = read.skipped().stream()
                    .limit(REASONS_IN_MESSAGE)
                    .map(s -> "line " + s.line() + ": " + s.reason())
                    .collect(Collectors.joining("; "));
            throw new CatalogImportException("no product could be imported from " + source + " ("
                    + read.rowsRead() + " rows read" + (reasons.isEmpty() ? "" : "; " + reasons)
                    + "); the catalog is unchanged");
        }
        store.replaceAll(read.products());
        return new ImportReport(source, read.rowsRead(), read.products().size(), read.skipped());
    }
}
