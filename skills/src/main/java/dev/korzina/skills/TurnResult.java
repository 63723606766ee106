package dev.korzina.skills;

import dev.korzina.cart.Cart;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one turn.
 *
 * @param reply the answer
 * @param intent the contract name of what the user wanted ({@code "add_items"})
 * @param cart the cart after the turn
 * @param notes the household's free-text list entries after the turn
 */
public record TurnResult(Reply reply, String intent, Cart cart, List<String> notes) {

    /** Checks the values and copies the notes. */
    public TurnResult {
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(cart, "cart");
        notes = List.copyOf(notes);
    }
}
