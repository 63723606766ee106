package dev.korzina.assistant.orders;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.TestHttp;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** One web chat session of a new household, talking to a started server. */
final class Shopper {

    private final TestHttp http;
    private final String token;
    private final String cartId;

    private Shopper(TestHttp http, String token, String cartId) {
        this.http = http;
        this.token = token;
        this.cartId = cartId;
    }

    /** Opens a session of a new household. */
    static Shopper open(TestHttp http) throws Exception {
        JsonNode session = TestHttp.json(http.post(
                "/api/sessions", "{\"channel\":\"web\",\"external_id\":\"" + UUID.randomUUID() + "\"}", Map.of()));
        return new Shopper(
                http, session.path("token").asText(), session.path("cart_id").asText());
    }

    /** Puts a product into the cart through the cart API. */
    Shopper add(String productId, int quantity) throws Exception {
        http.post(
                "/api/carts/" + cartId + "/lines",
                "{\"product_id\":\"" + productId + "\",\"quantity\":" + quantity + "}",
                TestHttp.bearer(token));
        return this;
    }

    /** Says something to the assistant and returns the whole answer. */
    JsonNode turn(String text, String lang) throws Exception {
        return TestHttp.json(http.post(
                "/api/dialog/turns", "{\"text\":\"" + text + "\",\"lang\":\"" + lang + "\"}", TestHttp.bearer(token)));
    }

    /** Says something and returns the reply text. */
    String say(String text) throws Exception {
        return turn(text, "ru").path("reply").path("text").asText();
    }

    /** The household's orders, newest first. */
    JsonNode orders() throws Exception {
        return TestHttp.json(http.get("/api/orders", TestHttp.bearer(token))).path("orders");
    }

    /** The newest order. */
    JsonNode lastOrder() throws Exception {
        return orders().get(0);
    }

    /** Waits until the newest order has a status (the simulated store moves orders on its tick). */
    void awaitStatus(String status) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> lastOrder().path("status").asText().equals(status));
    }

    /** The notice settings and unheard notices of the household. */
    JsonNode notices() throws Exception {
        return TestHttp.json(http.get("/api/notices", TestHttp.bearer(token)));
    }

    String token() {
        return token;
    }
}
