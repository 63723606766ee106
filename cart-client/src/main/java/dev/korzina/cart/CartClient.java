package dev.korzina.cart;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The shared cart, for one caller (a customer on a channel). Every change returns the cart after it and is
 * recorded in the change log with the caller as its author. Implementations are thread-safe.
 */
public interface CartClient {

    /**
     * The cart now.
     *
     * @param cartId the cart
     * @return the cart
     * @throws CartException {@link CartNotFoundException}, {@link ForbiddenException}, …
     */
    Cart get(String cartId);

    /**
     * Adds a product; a product already in the cart gets its quantity increased.
     *
     * @param cartId the cart
     * @param productId the catalog product
     * @param quantity how many to add, positive
     * @param options version check and idempotency key
     * @return the cart after the change
     */
    Cart add(String cartId, String productId, BigDecimal quantity, ChangeOptions options);

    /**
     * Sets a line's quantity; 0 removes the line.
     *
     * @param cartId the cart
     * @param lineId the line
     * @param quantity the new quantity, 0 or more
     * @param options version check and idempotency key
     * @return the cart after the change
     */
    Cart setQuantity(String cartId, String lineId, BigDecimal quantity, ChangeOptions options);

    /**
     * Removes a line.
     *
     * @param cartId the cart
     * @param lineId the line
     * @param options version check and idempotency key
     * @return the cart after the change
     */
    Cart remove(String cartId, String lineId, ChangeOptions options);

    /**
     * Removes every line.
     *
     * @param cartId the cart
     * @param options version check and idempotency key
     * @return the empty cart
     */
    Cart clear(String cartId, ChangeOptions options);

    /**
     * Reverts the last change this caller made that is not undone yet.
     *
     * @param cartId the cart
     * @param options version check and idempotency key
     * @return the cart after the undo
     * @throws InvalidRequestException when the caller has nothing to undo
     */
    Cart undo(String cartId, ChangeOptions options);

    /**
     * Applies changes in order, each as its own version and change-log entry, as if made one by one; a change the
     * cart refuses (an unknown product, too many of one, a line that is gone) is skipped and the others still apply.
     * This default makes them one call each; the in-process client applies them in one transaction, acknowledged by
     * one commit.
     *
     * @param cartId the cart
     * @param changes the changes, in order
     * @return the cart after them
     * @throws CartException when the cart itself cannot be used ({@link CartNotFoundException}, …)
     */
    default Cart apply(String cartId, List<CartChange> changes) {
        Optional<Cart> after = Optional.empty();
        for (CartChange change : changes) {
            try {
                after = Optional.of(
                        switch (change) {
                            case CartChange.Add add -> add(cartId, add.productId(), add.quantity(), ChangeOptions.NONE);
                            case CartChange.SetQuantity set ->
                                setQuantity(cartId, set.lineId(), set.quantity(), ChangeOptions.NONE);
                            case CartChange.Remove remove -> remove(cartId, remove.lineId(), ChangeOptions.NONE);
                            case CartChange.Clear clear -> clear(cartId, ChangeOptions.NONE);
                            case CartChange.Undo undo -> undo(cartId, ChangeOptions.NONE);
                        });
            } catch (CartException e) {
                Refusals.skip(change, e);
            }
        }
        return after.orElseGet(() -> get(cartId));
    }

    /**
     * The change log after a version.
     *
     * @param cartId the cart
     * @param afterVersion only changes that produced a later version
     * @return the changes, oldest first
     */
    List<CartEvent> events(String cartId, long afterVersion);

    /**
     * How many times each product came into the cart as a new line ({@code line_added}) in the changes after a
     * version: how a household's usual products are known. This default counts the {@link #events change log}; a
     * client next to the database counts there and reads no change at all.
     *
     * @param cartId the cart
     * @param afterVersion only changes that produced a later version
     * @return the count by product id; products never added are absent
     */
    default Map<String, Integer> additions(String cartId, long afterVersion) {
        Map<String, Integer> counts = new HashMap<>();
        for (CartEvent event : events(cartId, afterVersion)) {
            if ("line_added".equals(event.type())) {
                event.line().ifPresent(line -> counts.merge(line.productId(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /**
     * Hears the cart now and after every change from anyone, until the subscription is closed.
     *
     * @param cartId the cart
     * @param listener gets each new state of the cart
     * @return the subscription, to close
     */
    Subscription subscribe(String cartId, Consumer<Cart> listener);

    /** A live subscription to a cart's changes. */
    interface Subscription extends AutoCloseable {
        /** Stops the updates. */
        @Override
        void close();
    }
}
