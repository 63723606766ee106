package dev.korzina.skills;

import dev.korzina.cart.CartClient;
import java.util.Objects;

/**
 * Who is talking and the cart they act on, resolved by the channel before a turn.
 *
 * @param conversationId the conversation's key, stable per channel identity ({@code "cli:alice-1"})
 * @param channel the channel the customer talks through ({@code cli}, {@code alice}, …)
 * @param customerId the customer
 * @param householdId the household, which owns the cart and the notes
 * @param cartId the household's cart
 * @param cart the cart, as this customer on this channel
 */
public record Session(
        String conversationId, String channel, String customerId, String householdId, String cartId, CartClient cart) {

    /** Checks the values. */
    public Session {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(cart, "cart");
    }

    /**
     * This session acting through another client of the same cart.
     *
     * @param client the client
     * @return the session
     */
    Session through(CartClient client) {
        return new Session(conversationId, channel, customerId, householdId, cartId, client);
    }
}
