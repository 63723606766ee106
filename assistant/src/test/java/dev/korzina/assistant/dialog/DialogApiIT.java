package dev.korzina.assistant.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turns with the assistant over {@code POST /api/dialog/turns} of a started server. */
class DialogApiIT {

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;
    private String token;

    @BeforeAll
    static void start() {
        application = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @BeforeEach
    void openSession() throws Exception {
        token = http.session("web", UUID.randomUUID().toString());
    }

    @Test
    void addsMilkSaidInRussianToTheSessionsCart() throws Exception {
        HttpResponse<String> response =
                http.post("/api/dialog/turns", "{\"text\":\"добавь молоко\"}", TestHttp.bearer(token));

        JsonNode body = TestHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.path("intent").asText()).isEqualTo("add_items");
        assertThat(body.path("cart").path("lines").get(0).path("name").asText()).containsIgnoringCase("молоко");
        assertThat(body.path("reply").path("text").asText()).isNotBlank();
    }

    @Test
    void theConversationGoesOnAcrossRequests() throws Exception {
        http.post("/api/dialog/turns", "{\"text\":\"add two bananas\",\"lang\":\"en\"}", TestHttp.bearer(token));
        JsonNode undone = TestHttp.json(
                http.post("/api/dialog/turns", "{\"text\":\"undo\",\"lang\":\"en\"}", TestHttp.bearer(token)));

        assertThat(undone.path("intent").asText()).isEqualTo("undo");
        assertThat(undone.path("cart").path("lines")).isEmpty();
    }

    @Test
    void aTurnWithoutATokenIs401() throws Exception {
        HttpResponse<String> response = http.post("/api/dialog/turns", "{\"text\":\"добавь молоко\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTurnWithoutTextNamesTheField() throws Exception {
        HttpResponse<String> response = http.post("/api/dialog/turns", "{\"txt\":\"milk\"}", TestHttp.bearer(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("text");
    }

    @Test
    void anUnknownLanguageIsRefusedByName() throws Exception {
        HttpResponse<String> response =
                http.post("/api/dialog/turns", "{\"text\":\"milk\",\"lang\":\"de\"}", TestHttp.bearer(token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("lang");
    }
}
