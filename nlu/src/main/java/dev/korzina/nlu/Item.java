package dev.korzina.nlu;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product the user named, with how much of it.
 *
 * @param product the product phrase in dictionary form, lower-case, without quantity, unit or filler words
 *     ("молоко", "батон нарезной", "orange juice")
 * @param quantity how many units; 1 when the user said no amount
 * @param unit the unit of {@code quantity}
 */
public record Item(String product, BigDecimal quantity, Unit unit) {

    /** Checks the values. */
    public Item {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + quantity);
        }
        quantity = quantity.stripTrailingZeros();
    }

    /**
     * One piece of a product.
     *
     * @param product the product phrase
     * @return the item
     */
    public static Item of(String product) {
        return new Item(product, BigDecimal.ONE, Unit.PCS);
    }
}
