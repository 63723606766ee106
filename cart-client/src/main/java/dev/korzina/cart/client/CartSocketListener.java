package dev.korzina.cart.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.Cart;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.websocket.api.Session;

/** Reads each text frame of a cart socket as a cart. Public because Jetty instantiates listeners reflectively. */
public final class CartSocketListener implements Session.Listener.AutoDemanding {

    private static final Logger LOG = Logger.getLogger(CartSocketListener.class.getName());

    private final ObjectMapper json;
    private final Consumer<Cart> listener;

    CartSocketListener(ObjectMapper json, Consumer<Cart> listener) {
        this.json = json;
        this.listener = listener;
    }

    @Override
    public void onWebSocketText(String message) {
        try {
            listener.accept(json.readValue(message, Cart.class));
        } catch (JsonProcessingException e) {
            LOG.log(Level.WARNING, "the cart socket sent something that is not a cart", e);
        }
    }
}
