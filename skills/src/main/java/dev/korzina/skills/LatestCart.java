package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.ChangeOptions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A caller's cart client for one turn that remembers the newest cart any call answered, so the engine knows the
 * cart after the turn without reading it again. Not thread-safe: one turn runs on one thread.
 */
final class LatestCart implements CartClient {

    private final CartClient cart;
    private Optional<Cart> latest = Optional.empty();

    LatestCart(CartClient cart) {
        this.cart = cart;
    }

    /** The newest cart seen, by version; empty before the first call. */
    Optional<Cart> latest() {
        return latest;
    }

    private Cart seen(Cart answer) {
        if (latest.isEmpty() || answer.version() >= latest.get().version()) {
            latest = Optional.of(answer);
        }
        return answer;
    }

    @Override
    public Cart get(String cartId) {
        return seen(cart.get(cartId));
    }

    @Override
    public Cart add(String cartId, String productId, BigDecimal quantity, ChangeOptions options) {
        return seen(cart.add(cartId, productId, quantity, options));
    }

    @Override
    public Cart setQuantity(String cartId, String lineId, BigDecimal quantity, ChangeOptions options) {
        return seen(cart.setQuantity(cartId, lineId, quantity, options));
    }

    @Override
    public Cart remove(String cartId, String lineId, ChangeOptions options) {
        return seen(cart.remove(cartId, lineId, options));
    }

    @Override
    public Cart clear(String cartId, ChangeOptions options) {
        return seen(cart.clear(cartId, options));
    }

    @Override
    public Cart undo(String cartId, ChangeOptions options) {
        return seen(cart.undo(cartId, options));
    }

    @Override
    public Cart apply(String cartId, List<CartChange> changes) {
        return seen(cart.apply(cartId, changes));
    }

    @Override
    public List<CartEvent> events(String cartId, long afterVersion) {
        return cart.events(cartId, afterVersion);
    }

    @Override
    public Map<String, Integer> additions(String cartId, long afterVersion) {
        return cart.additions(cartId, afterVersion);
    }

    @Override
    public Subscription subscribe(String cartId, Consumer<Cart> listener) {
        return cart.subscribe(cartId, listener);
    }
}
