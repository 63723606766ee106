package dev.korzina.store.cart;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.store.identity.Caller;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The {@link CartClient} of a caller inside this process: calls the store directly, with no HTTP in between. */
public final class LocalCartClient implements CartClient {

    private final PostgresCartStore store;
    private final CartNotifications notifications;
    private final Caller caller;

    /**
     * Creates the client.
     *
     * @param store the carts
     * @param notifications this instance's change listener
     * @param caller who the client acts as
     */
    public LocalCartClient(PostgresCartStore store, CartNotifications notifications, Caller caller) {
        this.store = store;
        this.notifications = notifications;
        this.caller = caller;
    }

    @Override
    public Cart get(String cartId) {
        return store.get(caller, cartId);
    }

    @Override
    public Cart add(String cartId, String productId, BigDecimal quantity, ChangeOptions options) {
        return store.change(caller, cartId, new CartChange.Add(productId, quantity), options);
    }

    @Override
    public Cart setQuantity(String cartId, String lineId, BigDecimal quantity, ChangeOptions options) {
        return store.change(caller, cartId, new CartChange.SetQuantity(lineId, quantity), options);
    }

    @Override
    public Cart remove(String cartId, String lineId, ChangeOptions options) {
        return store.change(caller, cartId, new CartChange.Remove(lineId), options);
    }

    @Override
    public Cart clear(String cartId, ChangeOptions options) {
        return store.change(caller, cartId, new CartChange.Clear(), options);
    }

    @Override
    public Cart undo(String cartId, ChangeOptions options) {
        return store.change(caller, cartId, new CartChange.Undo(), options);
    }

    @Override
    public Cart apply(String cartId, List<CartChange> changes) {
        return store.changeAll(caller, cartId, changes);
    }

    @Override
    public List<CartEvent> events(String cartId, long afterVersion) {
        return store.events(caller, cartId, afterVersion);
    }

    @Override
    public Map<String, Integer> additions(String cartId, long afterVersion) {
        return store.additions(caller, cartId, afterVersion);
    }

    @Override
    public Subscription subscribe(String cartId, Consumer<Cart> listener) {
        Cart now = store.get(caller, cartId);
        Subscription subscription = notifications.subscribe(UUID.fromString(now.id()), listener);
        listener.accept(now);
        return subscription;
    }
}
