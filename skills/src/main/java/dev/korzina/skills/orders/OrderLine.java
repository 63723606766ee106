package dev.korzina.skills.orders;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order: the cart line as it was when the order was placed.
 *
 * @param productId the catalog product
 * @param name its name then
 * @param quantity how many packs, or kilograms for goods sold by weight
 * @param unit {@code pcs} or {@code kg}
 * @param price the price of one then, if the catalog had one
 */
public record OrderLine(String productId, String name, BigDecimal quantity, String unit, Optional<BigDecimal> price) {

    /** Checks the values. */
    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(price, "price");
    }
}
