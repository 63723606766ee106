/**
 * Product search over the catalog: turns what a shopper says or types ("молока", "малоко", "kefir",
 * "полторашка колы") into ranked products with a confidence. Start with {@link
 * dev.korzina.catalog.search.CatalogSearch}, the seam the dialog engine calls; {@link
 * dev.korzina.catalog.search.LuceneCatalogSearch} is its implementation over an Apache Lucene index.
 */
package dev.korzina.catalog.search;
