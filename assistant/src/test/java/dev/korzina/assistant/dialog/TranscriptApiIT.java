package dev.korzina.assistant.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Support staff search the dialog transcripts over {@code GET /api/transcripts} of a started server. */
class TranscriptApiIT {

    private static final String ADMIN_KEY = "s3cret-admin-key";
    private static final Map<String, String> ADMIN = Map.of("X-Admin-Key", ADMIN_KEY);

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;
    private static String staff;

    @BeforeAll
    static void start() throws Exception {
        application = start(dataDir);
        http = new TestHttp(application.baseUri());
        staff = staffToken(http);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void aStaffSessionFindsAnInflectedRussianWordWithItHighlighted() throws Exception {
        Customer customer = customer();
        customer.says("добавь два батона");

        JsonNode results = search("q=батон&customer=" + customer.id());

        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("utterance").asText()).isEqualTo("добавь два батона");
        assertThat(results.get(0).path("intent").asText()).isEqualTo("add_items");
        assertThat(results.get(0).path("channel").asText()).isEqualTo("web");
        assertThat(results.get(0).path("cart_diff").asText()).contains("Батон");
        assertThat(results.get(0).path("highlights").path("utterance").asText())
                .isEqualTo("добавь два <em>батона</em>");
    }

    @Test
    void englishWordsAreFoundInTheirPlural() throws Exception {
        Customer customer = customer();
        customer.says("add a dozen eggs");

        JsonNode results = search("q=egg&customer=" + customer.id());

        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("utterance").asText()).isEqualTo("add a dozen eggs");
        assertThat(results.get(0).path("language").asText()).isEqualTo("en");
    }

    @Test
    void theCustomerFilterKeepsOnlyThatCustomersTurns() throws Exception {
        Customer anna = customer();
        Customer boris = customer();
        anna.says("добавь кефир");
        boris.says("добавь кефир");

        JsonNode results = search("q=кефир&customer=" + anna.id());

        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("customer_id").asText()).isEqualTo(anna.id());
    }

    @Test
    void theFromFilterLeavesOutEarlierTurns() throws Exception {
        Customer customer = customer();
        customer.says("добавь сметану");
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        Instant inAnHour = Instant.now().plus(1, ChronoUnit.HOURS);

        JsonNode sinceAnHourAgo = search("customer=" + customer.id() + "&from=" + hourAgo);
        JsonNode fromInAnHour = search("customer=" + customer.id() + "&from=" + inAnHour);

        assertThat(sinceAnHourAgo).hasSize(1);
        assertThat(fromInAnHour).isEmpty();
    }

    @Test
    void withoutWordsTheCustomersTurnsComeNewestFirst() throws Exception {
        Customer customer = customer();
        customer.says("добавь молоко");
        customer.says("что у меня в корзине");

        JsonNode results = search("customer=" + customer.id());

        assertThat(results)
                .extracting(r -> r.path("utterance").asText())
                .containsExactly("что у меня в корзине", "добавь молоко");
        assertThat(results.get(0).path("latency_ms").asDouble()).isPositive();
    }

    @Test
    void aCustomerSessionIs403() throws Exception {
        Customer customer = customer();

        HttpResponse<String> response = http.get("/api/transcripts?q=батон", TestHttp.bearer(customer.token()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestHttp.json(response).path("error").path("message").asText())
                .contains("support staff");
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        HttpResponse<String> response = http.get("/api/transcripts?q=батон", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aBadFromDateIs400NamingTheField() throws Exception {
        HttpResponse<String> response = http.get("/api/transcripts?from=25.11.2026", TestHttp.bearer(staff));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("from");
    }

    @Test
    void aStaffSessionNeedsTheAdminKey() throws Exception {
        HttpResponse<String> response = http.post(
                "/api/sessions", "{\"role\":\"staff\",\"external_id\":\"olga\"}", Map.of("X-Admin-Key", "guess"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aRestartedServerFindsTheTurnsRecordedBefore(@TempDir Path ownDataDir) throws Exception {
        String customerId;
        try (Application first = start(ownDataDir)) {
            Customer customer = new Customer(
                    new TestHttp(first.baseUri()), "web", UUID.randomUUID().toString());
            customer.says("добавь три банана");
            customerId = customer.id();
        }

        try (Application second = start(ownDataDir)) {
            TestHttp again = new TestHttp(second.baseUri());
            JsonNode results = TestHttp.json(
                            again.get("/api/transcripts?q=" + encode("бананы"), TestHttp.bearer(staffToken(again))))
                    .path("results");

            assertThat(results).extracting(r -> r.path("customer_id").asText()).containsExactly(customerId);
        }
    }

    @Test
    void aTurnAnsweredByAnotherInstanceIsFoundAtOnce(@TempDir Path ownDir) throws Exception {
        try (EmbeddedPostgres shared = EmbeddedPostgres.builder()
                        .setDataDirectory(ownDir.resolve("shared-pg"))
                        .setCleanDataDirectory(false)
                        .start();
                Application first = start(ownDir.resolve("first"), shared);
                Application second = start(ownDir.resolve("second"), shared)) {
            Customer customer = new Customer(
                    new TestHttp(first.baseUri()), "web", UUID.randomUUID().toString());
            customer.says("добавь творог");

            TestHttp other = new TestHttp(second.baseUri());
            JsonNode results = TestHttp.json(other.get(
                            "/api/transcripts?q=" + encode("творога") + "&customer=" + customer.id(),
                            TestHttp.bearer(staffToken(other))))
                    .path("results");

            assertThat(results).extracting(r -> r.path("utterance").asText()).containsExactly("добавь творог");
        }
    }

    private static Application start(Path dir) {
        return Application.start(TestServers.config(dir, Map.of("api.admin-key", ADMIN_KEY)), ImportProgress.SILENT);
    }

    private static Application start(Path dir, EmbeddedPostgres shared) {
        return Application.start(
                TestServers.config(
                        dir,
                        Map.of(
                                "api.admin-key",
                                ADMIN_KEY,
                                "db.url",
                                shared.getJdbcUrl("postgres", "postgres"),
                                "db.user",
                                "postgres")),
                ImportProgress.SILENT);
    }

    private static String staffToken(TestHttp server) throws Exception {
        HttpResponse<String> response =
                server.post("/api/sessions", "{\"role\":\"staff\",\"external_id\":\"olga@shop\"}", ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        return TestHttp.json(response).path("token").asText();
    }

    private static Customer customer() throws Exception {
        return new Customer(http, "web", UUID.randomUUID().toString());
    }

    private static JsonNode search(String query) throws Exception {
        List<String> encoded = new ArrayList<>();
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            encoded.add(parts[0] + "=" + encode(parts[1]));
        }
        HttpResponse<String> response =
                http.get("/api/transcripts?" + String.join("&", encoded), TestHttp.bearer(staff));
        assertThat(response.statusCode()).isEqualTo(200);
        return TestHttp.json(response).path("results");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A customer talking to the assistant through their own session. */
    private static final class Customer {

        private final TestHttp server;
        private final JsonNode session;

        Customer(TestHttp server, String channel, String externalId) throws Exception {
            this.server = server;
            this.session = TestHttp.json(server.post(
                    "/api/sessions",
                    "{\"channel\":\"" + channel + "\",\"external_id\":\"" + externalId + "\"}",
                    ADMIN));
        }

        String id() {
            return session.path("customer_id").asText();
        }

        String token() {
            return session.path("token").asText();
        }

        void says(String text) throws Exception {
            HttpResponse<String> response =
                    server.post("/api/dialog/turns", "{\"text\":\"" + text + "\"}", TestHttp.bearer(token()));
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }
}
