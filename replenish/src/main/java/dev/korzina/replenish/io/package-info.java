/**
 * Reading histories and next baskets from JSON Lines files (format of the CLI contract's {@code replenish predict}).
 * Start with {@link dev.korzina.replenish.io.HistoryReader}.
 */
package dev.korzina.replenish.io;
