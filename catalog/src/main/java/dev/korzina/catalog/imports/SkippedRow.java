package dev.korzina.catalog.imports;

/**
 * A row of a catalog file that was not imported.
 *
 * @param line the 1-based line number in the file
 * @param reason why, readable by a person ("price 'abc' is not a number")
 */
public record SkippedRow(long line, String reason) {}
