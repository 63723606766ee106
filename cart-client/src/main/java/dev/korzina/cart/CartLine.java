package dev.korzina.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product in a cart.
 *
 * @param lineId the line's id, for changing or removing it
 * @param productId the catalog product
 * @param name the product's name when it was added
 * @param quantity how many (a decimal for goods sold by weight)
 * @param unit the unit of the quantity ({@code pcs}, {@code kg}, …)
 * @param price the price of one unit when it was added, or null when the catalog has none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartLine(
        @JsonProperty("line_id") String lineId,
        @JsonProperty("product_id") String productId,
        String name,
        BigDecimal quantity,
        String unit,
        BigDecimal price) {

    /** Checks the values. */
    public CartLine {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
    }
}
