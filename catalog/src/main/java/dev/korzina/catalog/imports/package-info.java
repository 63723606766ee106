/**
 * Catalog import: reading a store's CSV or JSON Lines export row by row, keeping the good rows and
 * reporting the bad ones with a reason. Start with {@link dev.korzina.catalog.imports.CatalogImporter}.
 */
package dev.korzina.catalog.imports;
