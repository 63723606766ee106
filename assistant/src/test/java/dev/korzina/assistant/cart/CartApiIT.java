package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP details of the cart API: status codes, headers and error bodies for bad and hostile requests. */
class CartApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static Application application;
    private String token;
    private String cart;

    @BeforeAll
    static void start() {
        application = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @BeforeEach
    void openSession() throws Exception {
        JsonNode session = JSON.readTree(
                post("/api/sessions", "{\"channel\":\"web\",\"external_id\":\"" + UUID.randomUUID() + "\"}", Map.of())
                        .body());
        token = session.path("token").asText();
        cart = session.path("cart_id").asText();
    }

    @Test
    void aCartAnswerCarriesItsVersionAsETag() throws Exception {
        HttpResponse<String> added =
                post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\",\"quantity\":2}", auth());

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(added.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(JSON.readTree(added.body())
                        .path("lines")
                        .get(0)
                        .path("quantity")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        HttpResponse<String> response = get("/api/carts/" + cart, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("unauthorized");
    }

    @Test
    void aWrongTokenIs401() throws Exception {
        HttpResponse<String> response = get("/api/carts/" + cart, Map.of("Authorization", "Bearer not-a-token"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonIs400WithoutAStackTrace() throws Exception {
        HttpResponse<String> response = post("/api/carts/" + cart + "/lines", "{\"product_id\": ", auth());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("invalid_request");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void aWrongTypeNamesTheField() throws Exception {
        HttpResponse<String> response =
                post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\",\"quantity\":\"two\"}", auth());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("field").asText())
                .isEqualTo("quantity");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        HttpResponse<String> response = post(
                "/api/carts/" + cart + "/lines",
                "{\"product_id\":\"d-0001\",\"quantity\":1,\"note\":\"fresh\"}",
                auth());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aHugeBodyIsRefused() throws Exception {
        String huge = "{\"product_id\":\"" + "x".repeat(2_000_000) + "\"}";

        HttpResponse<String> response = post("/api/carts/" + cart + "/lines", huge, auth());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(get("/api/carts/" + cart, auth()).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaleIfMatchIs412WithTheCurrentCart() throws Exception {
        post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\"}", auth());
        Map<String, String> stale = Map.of("Authorization", "Bearer " + token, "If-Match", "\"0\"");

        HttpResponse<String> response = post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0002\"}", stale);

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(response.body()).path("version").asLong()).isEqualTo(1);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void aMalformedIfMatchIs400() throws Exception {
        Map<String, String> bad = Map.of("Authorization", "Bearer " + token, "If-Match", "yesterday");

        HttpResponse<String> response = post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0002\"}", bad);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("field").asText())
                .isEqualTo("If-Match");
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswer() throws Exception {
        Map<String, String> keyed = Map.of(
                "Authorization",
                "Bearer " + token,
                "Idempotency-Key",
                UUID.randomUUID().toString());

        HttpResponse<String> first = post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\"}", keyed);
        HttpResponse<String> second = post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\"}", keyed);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(JSON.readTree(get("/api/carts/" + cart, auth()).body())
                        .path("version")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void anUnknownLineIs404() throws Exception {
        HttpResponse<String> response =
                send("PATCH", "/api/carts/" + cart + "/lines/" + UUID.randomUUID(), "{\"quantity\":1}", auth());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownCartIs404() throws Exception {
        HttpResponse<String> response = get("/api/carts/" + UUID.randomUUID(), auth());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void theChangeLogIsListedAfterAVersion() throws Exception {
        post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0001\"}", auth());
        post("/api/carts/" + cart + "/lines", "{\"product_id\":\"d-0002\"}", auth());

        JsonNode events = JSON.readTree(
                        get("/api/carts/" + cart + "/events?after=1", auth()).body())
                .path("events");

        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("version").asLong()).isEqualTo(2);
        assertThat(events.get(0).path("type").asText()).isEqualTo("line_added");
        assertThat(events.get(0).path("by").path("channel").asText()).isEqualTo("web");
        assertThat(events.get(0).path("line").path("product_id").asText()).isEqualTo("d-0002");
    }

    @Test
    void aSessionNeedsAChannelAndAnId() throws Exception {
        HttpResponse<String> response = post("/api/sessions", "{\"channel\":\"web\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("field").asText())
                .isEqualTo("external_id");
    }

    @Test
    void aStaffSessionIsRefusedWhenNoAdminKeyIsConfigured() throws Exception {
        HttpResponse<String> response =
                post("/api/sessions", "{\"role\":\"staff\",\"external_id\":\"olga\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(response.body()).path("error").path("message").asText())
                .contains("staff sessions are disabled")
                .contains("api.admin-key");
    }

    @Test
    void theStaffChannelIsRefusedToCustomerSessions() throws Exception {
        HttpResponse<String> response =
                post("/api/sessions", "{\"channel\":\"staff\",\"external_id\":\"olga\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("error").path("field").asText())
                .isEqualTo("channel");
    }

    @Test
    void theSameIdentityKeepsItsCart() throws Exception {
        String id = UUID.randomUUID().toString();
        String body = "{\"channel\":\"telegram\",\"external_id\":\"" + id + "\"}";

        JsonNode first = JSON.readTree(post("/api/sessions", body, Map.of()).body());
        JsonNode second = JSON.readTree(post("/api/sessions", body, Map.of()).body());

        assertThat(second.path("cart_id")).isEqualTo(first.path("cart_id"));
        assertThat(second.path("token")).isNotEqualTo(first.path("token"));
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").path("code").asText();
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        return send("GET", path, null, headers);
    }

    private static HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        return send("POST", path, body, headers);
    }

    private static HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws Exception {
        return new TestHttp(application.baseUri()).send(method, path, body, headers);
    }
}
