package dev.korzina.assistant.channel.siri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /siri} of a started server with static tokens from the configuration, over real HTTP. */
class SiriApiIT {

    private static final String TOKEN = "static-token-for-the-kitchen-ipad";
    private static final String OTHER_TOKEN = "static-token-for-the-car";

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        application = Application.start(
                TestServers.config(dataDir, Map.of("siri.tokens", TOKEN + ", " + OTHER_TOKEN)), ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = SiriApiIT.class.getResourceAsStream("/channels/siri/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Checks the shape every answer has, errors included. */
    static void assertSiriShape(JsonNode body) {
        assertThat(body.path("speech").isTextual()).isTrue();
        assertThat(body.path("speech").asText()).isNotBlank();
        assertThat(body.path("display").isTextual()).isTrue();
        assertThat(body.path("end").isBoolean()).isTrue();
    }

    @Test
    void aTokenIssuedFromASessionSpeaksForItsHouseholdsCart() throws Exception {
        String session = http.session("web", "kitchen-" + System.nanoTime());
        http.post("/api/dialog/turns", "{\"text\":\"добавь молоко\"}", TestHttp.bearer(session));

        JsonNode issued = TestHttp.json(http.post("/api/tokens", "{\"member\":\"Мама\"}", TestHttp.bearer(session)));
        JsonNode answer = TestHttp.json(http.post(
                "/siri",
                "{\"text\":\"что в корзине\",\"locale\":\"ru-RU\"}",
                TestHttp.bearer(issued.path("token").asText())));

        assertThat(issued.path("member").asText()).isEqualTo("Мама");
        assertThat(answer.path("speech").asText()).contains("молоко");
    }

    @Test
    void aTokenIsIssuedOnlyToASession() throws Exception {
        HttpResponse<String> response = http.post("/api/tokens", "{\"member\":\"Мама\"}", Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenNeedsTheMembersName() throws Exception {
        String session = http.session("web", "hall-" + System.nanoTime());

        HttpResponse<String> response = http.post("/api/tokens", "{\"member\":\"  \"}", TestHttp.bearer(session));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("member");
    }

    @Test
    void aStaticTokenAddsWhatWasDictated() throws Exception {
        HttpResponse<String> response = http.post("/siri", fixture("request_add_items.json"), TestHttp.bearer(TOKEN));

        JsonNode body = TestHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertSiriShape(body);
        assertThat(body.path("speech").asText()).startsWith("Добавила").containsIgnoringCase("молоко");
        assertThat(body.path("end").asBoolean()).isFalse();
    }

    @Test
    void theEnglishLocaleIsAnsweredInEnglish() throws Exception {
        HttpResponse<String> response =
                http.post("/siri/v1/utterance", fixture("request_show_cart_en.json"), TestHttp.bearer(OTHER_TOKEN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).path("speech").asText()).containsIgnoringCase("cart");
    }

    @Test
    void withoutATokenTheShortcutHearsWhyIn401() throws Exception {
        HttpResponse<String> response = http.post("/siri", fixture("request_add_items.json"), Map.of());

        JsonNode body = TestHttp.json(response);
        assertThat(response.statusCode()).isEqualTo(401);
        assertSiriShape(body);
        assertThat(body.path("speech").asText()).contains("ключ доступа");
        assertThat(body.path("end").asBoolean()).isTrue();
        assertThat(body.path("error").path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void anUnknownTokenIs401() throws Exception {
        HttpResponse<String> response =
                http.post("/siri", fixture("request_add_items.json"), TestHttp.bearer("not-a-token"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertSiriShape(TestHttp.json(response));
    }

    @Test
    void aBodyWithoutTextIsABadRequestWithSomethingToSay() throws Exception {
        HttpResponse<String> response = http.post("/siri", "{\"locale\":\"ru-RU\"}", TestHttp.bearer(TOKEN));

        assertThat(response.statusCode()).isEqualTo(400);
        assertSiriShape(TestHttp.json(response));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = http.post("/siri", "{\"text\":", TestHttp.bearer(TOKEN));

        assertThat(response.statusCode()).isEqualTo(400);
        assertSiriShape(TestHttp.json(response));
    }

    @Test
    void aFormBodyIsRefusedByItsContentType() throws Exception {
        HttpResponse<String> response = http.post(
                "/siri",
                "text=milk",
                Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertSiriShape(TestHttp.json(response));
    }
}
