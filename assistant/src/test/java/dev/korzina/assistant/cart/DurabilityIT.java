package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server and its embedded PostgreSQL in the middle of a write load: the next start recovers by
 * itself, every acknowledged change is there, and replaying acknowledged idempotency keys changes nothing.
 */
class DurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int WRITERS = 8;
    /** Lines may hold far more than the default 99, so that the load never hits the limit. */
    private static final Map<String, String> NO_LIMIT = Map.of("KORZINA_CART_MAX__QUANTITY", "1000000");

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedChangeSurvivesACrash() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-durability.log");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        String token;
        String cart;
        try (ServerProcess server = ServerProcess.start(dataDir, log, NO_LIMIT)) {
            JsonNode session = JSON.readTree(send(
                            server.base(),
                            "POST",
                            "api/sessions",
                            "",
                            null,
                            "{\"channel\":\"web\",\"external_id\":\"durability\"}")
                    .body());
            token = session.path("token").asText();
            cart = session.path("cart_id").asText();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                writers.submit(() -> write(server.base(), token, cart, acknowledged, unanswered));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 100 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(acknowledged).as("changes acknowledged before the crash").hasSizeGreaterThanOrEqualTo(100);
            server.crash();
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        try (ServerProcess restarted = ServerProcess.start(dataDir, log, NO_LIMIT)) {
            int quantity = quantity(restarted.base(), token, cart);
            assertThat(quantity).isBetween(acknowledged.size(), acknowledged.size() + unanswered.get());

            for (String key : List.copyOf(acknowledged).subList(0, 20)) {
                send(
                        restarted.base(),
                        "POST",
                        "api/carts/" + cart + "/lines",
                        token,
                        key,
                        "{\"product_id\":\"d-0001\"}");
            }
            assertThat(quantity(restarted.base(), token, cart)).isEqualTo(quantity);
        }
    }

    private static void write(URI base, String token, String cart, Set<String> acknowledged, AtomicInteger unanswered) {
        for (int i = 0; i < 2_000; i++) {
            String key = UUID.randomUUID().toString();
            try {
                HttpResponse<String> response =
                        send(base, "POST", "api/carts/" + cart + "/lines", token, key, "{\"product_id\":\"d-0001\"}");
                if (response.statusCode() == 200) {
                    acknowledged.add(key);
                } else {
                    unanswered.incrementAndGet();
                }
            } catch (Exception e) {
                unanswered.incrementAndGet();
                return;
            }
        }
    }

    private static int quantity(URI base, String token, String cart) throws Exception {
        JsonNode lines = JSON.readTree(send(base, "GET", "api/carts/" + cart, token, null, null)
                        .body())
                .path("lines");
        return lines.isEmpty() ? 0 : lines.get(0).path("quantity").asInt();
    }

    private static HttpResponse<String> send(
            URI base, String method, String path, String token, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null && !token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
