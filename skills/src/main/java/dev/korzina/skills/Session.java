package dev.korzina.skills;

import dev.korzina.cart.CartClient;
import java.util.Objects;

/**
 * Who is talking and the cart they act on, resolved by the channel before a turn.
 *
 * @param conversationId the conversation's key, stable per channel identity ({@code "cli:alice-1"})
 * @param householdId the household, which owns the cart and the notes
 * @param cartId the household's cart
 * @param cart the cart, as this customer on this channel
 */
public record Session(String conversationId, String householdId, String cartId, CartClient cart) {

    /** Checks the values. */
    public Session {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(cart, "cart");
    }
}
