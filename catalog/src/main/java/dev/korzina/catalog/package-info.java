/**
 * The store's product catalog: what a {@link dev.korzina.catalog.Product} is and where products are kept
 * ({@link dev.korzina.catalog.ProductStore}). Start with {@code Product}.
 */
package dev.korzina.catalog;
