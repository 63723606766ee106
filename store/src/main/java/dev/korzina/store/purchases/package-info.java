/**
 * What households bought, in the {@code purchases} table: the purchase history the replenishment model learns
 * from, written by the history import and by delivered orders; and the weekly offers' log.
 */
package dev.korzina.store.purchases;
