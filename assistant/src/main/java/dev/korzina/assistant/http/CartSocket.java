package dev.korzina.assistant.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.CartException;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Caller;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;
import io.helidon.websocket.WsUpgradeException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One WebSocket connection to {@code /ws/carts/{cartId}?token=…}: the full cart on connect and after every change
 * from any channel or instance. The upgrade is refused without a valid token or for another household's cart.
 */
public final class CartSocket implements WsListener {

    /** The path prefix the socket is served under. */
    public static final String PATH = "/ws/carts/";

    private static final Logger LOG = Logger.getLogger(CartSocket.class.getName());

    private final PostgresCartStore carts;
    private final CartNotifications notifications;
    private final Authenticator authenticator;
    private final ObjectMapper json;
    private Caller caller;
    private String cartId;
    private Optional<CartClient.Subscription> subscription = Optional.empty();

    /**
     * Creates the listener of one connection.
     *
     * @param carts the carts
     * @param notifications this instance's change listener
     * @param authenticator checks the token
     * @param json writes the cart as the REST API does
     */
    public CartSocket(
            PostgresCartStore carts, CartNotifications notifications, Authenticator authenticator, ObjectMapper json) {
        this.carts = carts;
        this.notifications = notifications;
        this.authenticator = authenticator;
        this.json = json;
    }

    @Override
    public Optional<Headers> onHttpUpgrade(HttpPrologue prologue, Headers headers) throws WsUpgradeException {
        String path = prologue.uriPath().path();
        cartId = path.substring(path.lastIndexOf('/') + 1);
        try {
            caller = authenticator.caller(prologue.query().first("token").orElse(""));
            carts.get(caller, cartId);
        } catch (CartException e) {
            throw new WsUpgradeException(e.code() + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    @Override
    public void onOpen(WsSession session) {
        Cart now = carts.get(caller, cartId);
        send(session, now);
        subscription = Optional.of(notifications.subscribe(UUID.fromString(now.id()), cart -> send(session, cart)));
    }

    @Override
    public void onClose(WsSession session, int status, String reason) {
        subscription.ifPresent(CartClient.Subscription::close);
    }

    @Override
    public void onError(WsSession session, Throwable t) {
        LOG.log(Level.FINE, "cart socket failed", t);
        subscription.ifPresent(CartClient.Subscription::close);
    }

    private void send(WsSession session, Cart cart) {
        try {
            String text = json.writeValueAsString(cart);
            synchronized (this) {
                session.send(text, true);
            }
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "cannot write cart " + cart.id(), e);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cart socket closed while sending", e);
            subscription.ifPresent(CartClient.Subscription::close);
        }
    }
}
