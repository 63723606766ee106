package dev.korzina.store.cart;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A product line as the change log keeps it, so that an undo can put it back even after it was removed.
 *
 * @param productId the catalog product
 * @param name its name when added
 * @param unit the line's unit
 * @param price its price when added, or null
 * @param quantity how much the change moved (for a delta) or the line held (for a removal)
 */
record LineSnapshot(
        @JsonProperty("product_id") String productId, String name, String unit, BigDecimal price, BigDecimal quantity) {

    LineSnapshot withQuantity(BigDecimal newQuantity) {
        return new LineSnapshot(productId, name, unit, price, newQuantity);
    }
}
