package dev.korzina.assistant.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Caller;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The shared cart API of {@code reference/cart-api.md}: read, add, change, remove, clear, undo and the change log,
 * each change with optional {@code If-Match} and {@code Idempotency-Key}.
 *
 * <pre>
 * curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8080/api/carts/$CART
 * curl -X POST -H "Authorization: Bearer $TOKEN" -H 'Idempotency-Key: 7c1e…' \
 *      -d '{"product_id":"d-0001","quantity":2}' http://127.0.0.1:8080/api/carts/$CART/lines
 * </pre>
 */
public final class CartApi implements HttpService {

    private static final HeaderName IDEMPOTENCY_KEY = HeaderNames.create("Idempotency-Key");
    private static final int MAX_KEY_LENGTH = 200;

    private final PostgresCartStore carts;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /**
     * Creates the API.
     *
     * @param carts the carts
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     */
    public CartApi(PostgresCartStore carts, Authenticator authenticator, JsonBodies bodies) {
        this.carts = carts;
        this.authenticator = authenticator;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{cartId}", this::get)
                .post("/{cartId}/lines", this::add)
                .patch("/{cartId}/lines/{lineId}", this::setQuantity)
                .delete("/{cartId}/lines/{lineId}", this::remove)
                .delete("/{cartId}/lines", this::clear)
                .post("/{cartId}/undo", this::undo)
                .get("/{cartId}/events", this::events);
    }

    private void get(ServerRequest request, ServerResponse response) {
        send(response, carts.get(authenticator.caller(request), cartId(request)));
    }

    private void add(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        JsonNode body = bodies.object(request);
        CartChange change = new CartChange.Add(
                JsonBodies.text(body, "product_id"), JsonBodies.number(body, "quantity", BigDecimal.ONE));
        send(response, carts.change(caller, cartId(request), change, options(request)));
    }

    private void setQuantity(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        JsonNode body = bodies.object(request);
        CartChange change = new CartChange.SetQuantity(lineId(request), JsonBodies.number(body, "quantity"));
        send(response, carts.change(caller, cartId(request), change, options(request)));
    }

    private void remove(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        send(response, carts.change(caller, cartId(request), new CartChange.Remove(lineId(request)), options(request)));
    }

    private void clear(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        send(response, carts.change(caller, cartId(request), new CartChange.Clear(), options(request)));
    }

    private void undo(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        send(response, carts.change(caller, cartId(request), new CartChange.Undo(), options(request)));
    }

    private void events(ServerRequest request, ServerResponse response) {
        Caller caller = authenticator.caller(request);
        String after = request.query().first("after").orElse("0");
        long version;
        try {
            version = Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Optional.of("after"), "after must be a cart version (a whole number)");
        }
        response.send(Map.of("events", carts.events(caller, cartId(request), version)));
    }

    private static void send(ServerResponse response, Cart cart) {
        response.header(HeaderNames.ETAG, "\"" + cart.version() + "\"");
        response.send(cart);
    }

    private static String cartId(ServerRequest request) {
        return request.path().pathParameters().get("cartId");
    }

    private static String lineId(ServerRequest request) {
        return request.path().pathParameters().get("lineId");
    }

    private static ChangeOptions options(ServerRequest request) {
        Optional<Long> ifMatch = request.headers().first(HeaderNames.IF_MATCH).map(CartApi::version);
        Optional<String> key =
                request.headers().first(IDEMPOTENCY_KEY).map(String::strip).filter(k -> !k.isEmpty());
        if (key.filter(k -> k.length() > MAX_KEY_LENGTH).isPresent()) {
            throw new InvalidRequestException(
                    Optional.of("Idempotency-Key"),
                    "Idempotency-Key may have at most " + MAX_KEY_LENGTH + " characters");
        }
        return new ChangeOptions(ifMatch, key);
    }

    private static long version(String etag) {
        String value = etag.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    Optional.of("If-Match"), "If-Match must be the cart version from the ETag, like \"12\"");
        }
    }
}
