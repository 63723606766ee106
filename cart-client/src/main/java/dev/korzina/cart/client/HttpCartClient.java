package dev.korzina.cart.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartException;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.CartUnavailableException;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.cart.ProductNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.cart.UnauthorizedException;
import dev.korzina.cart.VersionConflictException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * The cart API of a Korzina server, for one session token. Every change carries an idempotency key (the caller's or
 * a fresh one), so a change that failed on the way (I/O error, 502, 503, 504) is retried safely up to three times;
 * reads are retried likewise. Errors arrive as the typed {@link CartException}s.
 */
public final class HttpCartClient implements CartClient, AutoCloseable {

    private static final int ATTEMPTS = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long BACKOFF_MILLIS = 100;

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json;
    private final WebSocketClient sockets = new WebSocketClient();

    /**
     * Creates a client for a session.
     *
     * @param base the server's base URL ({@code http://127.0.0.1:8080/})
     * @param token the session's bearer token
     */
    public HttpCartClient(URI base, String token) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.json = mapper();
    }

    /**
     * An open session: its client, customer and cart.
     *
     * @param client the client acting with the session's token
     * @param customerId the customer
     * @param cartId the customer's household cart
     */
    public record Session(HttpCartClient client, String customerId, String cartId) {}

    /**
     * Opens a session for a channel identity ({@code POST /api/sessions}) and returns a client for it.
     *
     * @param base the server's base URL
     * @param channel the channel
     * @param externalId the identity on that channel
     * @return the session
     */
    public static Session openSession(URI base, String channel, String externalId) {
        ObjectMapper json = mapper();
        HttpCartClient anonymous = new HttpCartClient(base, "");
        JsonNode ticket = anonymous.send(
                "POST",
                "api/sessions",
                Optional.of(Map.of("channel", channel, "external_id", externalId)),
                ChangeOptions.NONE,
                JsonNode.class,
                json);
        return new Session(
                new HttpCartClient(base, ticket.path("token").asText()),
                ticket.path("customer_id").asText(),
                ticket.path("cart_id").asText());
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public Cart get(String cartId) {
        return send("GET", cart(cartId), Optional.empty(), ChangeOptions.NONE, Cart.class, json);
    }

    @Override
    public Cart add(String cartId, String productId, BigDecimal quantity, ChangeOptions options) {
        return change(
                "POST",
                cart(cartId) + "/lines",
                Optional.of(Map.of("product_id", productId, "quantity", quantity)),
                options);
    }

    @Override
    public Cart setQuantity(String cartId, String lineId, BigDecimal quantity, ChangeOptions options) {
        return change(
                "PATCH",
                cart(cartId) + "/lines/" + segment(lineId),
                Optional.of(Map.of("quantity", quantity)),
                options);
    }

    @Override
    public Cart remove(String cartId, String lineId, ChangeOptions options) {
        return change("DELETE", cart(cartId) + "/lines/" + segment(lineId), Optional.empty(), options);
    }

    @Override
    public Cart clear(String cartId, ChangeOptions options) {
        return change("DELETE", cart(cartId) + "/lines", Optional.empty(), options);
    }

    @Override
    public Cart undo(String cartId, ChangeOptions options) {
        return change("POST", cart(cartId) + "/undo", Optional.empty(), options);
    }

    @Override
    public List<CartEvent> events(String cartId, long afterVersion) {
        JsonNode body = send(
                "GET",
                cart(cartId) + "/events?after=" + afterVersion,
                Optional.empty(),
                ChangeOptions.NONE,
                JsonNode.class,
                json);
        return json.convertValue(
                body.path("events"), json.getTypeFactory().constructCollectionType(List.class, CartEvent.class));
    }

    @Override
    public Subscription subscribe(String cartId, Consumer<Cart> listener) {
        URI uri = base.resolve(
                "ws/carts/" + segment(cartId) + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        URI socket = URI.create(uri.toString().replaceFirst("^http", "ws"));
        try {
            synchronized (sockets) {
                if (!sockets.isStarted()) {
                    sockets.start();
                }
            }
            org.eclipse.jetty.websocket.api.Session socketSession = sockets.connect(
                            new CartSocketListener(json, listener), socket)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return socketSession::close;
        } catch (ExecutionException e) {
            throw new ForbiddenException(
                    "the cart socket was refused: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartUnavailableException("interrupted while connecting to the cart socket");
        } catch (Exception e) {
            throw new CartUnavailableException("the cart socket could not be opened: " + e.getMessage());
        }
    }

    private Cart change(String method, String path, Optional<Object> body, ChangeOptions options) {
        ChangeOptions keyed = options.idempotencyKey().isPresent()
                ? options
                : new ChangeOptions(
                        options.ifMatch(), Optional.of(UUID.randomUUID().toString()));
        return send(method, path, body, keyed, Cart.class, json);
    }

    private <T> T send(
            String method,
            String path,
            Optional<Object> body,
            ChangeOptions options,
            Class<T> type,
            ObjectMapper mapper) {
        HttpRequest request = request(method, path, body, options, mapper);
        CartException last = new CartUnavailableException("the cart service did not answer");
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() / 100 == 2) {
                    return mapper.readValue(response.body(), type);
                }
                last = error(response, mapper);
                if (!(last instanceof CartUnavailableException)) {
                    throw last;
                }
            } catch (IOException e) {
                last = new CartUnavailableException("the cart service could not be reached: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CartUnavailableException("interrupted while calling the cart service");
            }
            pause(attempt);
        }
        throw last;
    }

    private HttpRequest request(
            String method, String path, Optional<Object> body, ChangeOptions options, ObjectMapper mapper) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Accept", "application/json");
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        options.ifMatch().ifPresent(v -> builder.header("If-Match", "\"" + v + "\""));
        options.idempotencyKey().ifPresent(k -> builder.header("Idempotency-Key", k));
        try {
            HttpRequest.BodyPublisher publisher = body.isPresent()
                    ? HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body.get()), StandardCharsets.UTF_8)
                    : HttpRequest.BodyPublishers.noBody();
            if (body.isPresent()) {
                builder.header("Content-Type", "application/json");
            }
            return builder.method(method, publisher).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    private static CartException error(HttpResponse<String> response, ObjectMapper mapper) {
        if (response.statusCode() == 412) {
            try {
                return new VersionConflictException(mapper.readValue(response.body(), Cart.class));
            } catch (JsonProcessingException e) {
                return new CartUnavailableException("412 without a readable cart");
            }
        }
        JsonNode error = readError(response.body(), mapper);
        String code = error.path("code").asText("");
        String message = error.path("message").asText("HTTP " + response.statusCode());
        return switch (response.statusCode()) {
            case 400 ->
                new InvalidRequestException(
                        error.hasNonNull("field")
                                ? Optional.of(error.path("field").asText())
                                : Optional.empty(),
                        message);
            case 401 -> new UnauthorizedException(message);
            case 403 -> new ForbiddenException(message);
            case 404 ->
                code.equals("product_not_found")
                        ? new ProductNotFoundException(message)
                        : new CartNotFoundException(message);
            case 429 -> new TooManyRequestsException(message);
            case 502, 503, 504 -> new CartUnavailableException(message);
            default ->
                response.statusCode() >= 500
                        ? new CartUnavailableException(message)
                        : new InvalidRequestException(Optional.empty(), message);
        };
    }

    private static JsonNode readError(String body, ObjectMapper mapper) {
        try {
            return mapper.readTree(body).path("error");
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String cart(String cartId) {
        return "api/carts/" + segment(cartId);
    }

    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Stops the WebSocket client and the HTTP client. */
    @Override
    public void close() {
        try {
            if (sockets.isStarted()) {
                sockets.stop();
            }
        } catch (Exception e) {
            throw new CartUnavailableException("the cart socket client did not stop: " + e.getMessage());
        }
        http.close();
    }
}
