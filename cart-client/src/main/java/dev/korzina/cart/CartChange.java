package dev.korzina.cart;

import java.math.BigDecimal;

/**
 * The changes a cart accepts; each becomes one new version and one change-log entry. {@link CartClient#apply} takes
 * several at once.
 */
public sealed interface CartChange {

    /**
     * Add a product, or more of it.
     *
     * @param productId the catalog product
     * @param quantity how many to add, positive
     */
    record Add(String productId, BigDecimal quantity) implements CartChange {}

    /**
     * Set a line's quantity; 0 removes it.
     *
     * @param lineId the line
     * @param quantity the new quantity
     */
    record SetQuantity(String lineId, BigDecimal quantity) implements CartChange {}

    /**
     * Remove a line.
     *
     * @param lineId the line
     */
    record Remove(String lineId) implements CartChange {}

    /** Remove every line. */
    record Clear() implements CartChange {}

    /** Revert the caller's last change that is not undone yet. */
    record Undo() implements CartChange {}
}
