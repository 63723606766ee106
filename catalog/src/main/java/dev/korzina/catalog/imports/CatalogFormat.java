package dev.korzina.catalog.imports;

import java.util.Locale;

/** The file formats a catalog can be imported from. */
public enum CatalogFormat {
    /** RFC 4180 CSV with a header row. */
    CSV,
    /** One JSON object per line. */
    JSONL;

    /**
     * The format a file name says: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON Lines, everything
     * else CSV.
     *
     * @param fileName the file's name
     * @return its format
     */
    public static CatalogFormat ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json") ? JSONL : CSV;
    }
}
