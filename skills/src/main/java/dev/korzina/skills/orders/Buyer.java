package dev.korzina.skills.orders;

import java.util.Objects;

/**
 * Who places an order, from which cart.
 *
 * @param customerId the customer, recorded in the cart's change log
 * @param householdId the household the order belongs to
 * @param channel the channel the customer talks through
 * @param cartId the household's cart, whose lines become the order
 */
public record Buyer(String customerId, String householdId, String channel, String cartId) {

    /** Checks the values. */
    public Buyer {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(cartId, "cartId");
    }
}
