package dev.korzina.store.cart;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rules a cart enforces.
 *
 * @param maxQuantity the most of one product a line may hold
 * @param currency the currency of the catalog's prices
 */
public record CartSettings(BigDecimal maxQuantity, String currency) {

    /** Checks the values. */
    public CartSettings {
        Objects.requireNonNull(maxQuantity, "maxQuantity");
        Objects.requireNonNull(currency, "currency");
        if (maxQuantity.signum() <= 0) {
            throw new IllegalArgumentException("cart.max-quantity must be positive, got " + maxQuantity);
        }
    }
}
