package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot across restarts of a server on one data directory, and a server without a bot token. */
class TelegramRestartIT {

    private static final long CHAT = 31_337;

    @TempDir
    Path dataDir;

    @Test
    void anUpdateRedeliveredAfterARestartIsNotHandledAgain() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            String update;
            try (Application first = start(TelegramUpdates.config(telegram))) {
                TelegramUpdates updates = new TelegramUpdates(new TestHttp(first.baseUri()), 77_000);
                update = updates.text(CHAT, "добавь три батона", "ru");
                assertThat(updates.post(update).statusCode()).isEqualTo(200);
                telegram.awaitCall(
                        "sendMessage", c -> c.chatId() == CHAT && c.text().startsWith("Добавила"));
            }
            try (Application second = start(TelegramUpdates.config(telegram))) {
                TelegramUpdates updates = new TelegramUpdates(new TestHttp(second.baseUri()), 78_000);

                HttpResponse<String> redelivered = updates.post(update);

                assertThat(redelivered.statusCode()).isEqualTo(200);
                assertThat(telegram.settledMessages(CHAT, "Добавила")).hasSize(1);
            }
        }
    }

    @Test
    void aCartMessagePostedBeforeARestartIsEditedAfterIt() throws Exception {
        try (FakeBotApi telegram = FakeBotApi.start()) {
            try (Application first = start(TelegramUpdates.config(telegram))) {
                TelegramUpdates updates = new TelegramUpdates(new TestHttp(first.baseUri()), 79_000);
                updates.post(updates.text(CHAT, "/cart", "ru"));
                telegram.awaitCall(
                        "sendMessage", c -> c.chatId() == CHAT && c.text().contains("Корзина пуста"));
            }
            try (Application second = start(TelegramUpdates.config(telegram))) {
                TestHttp http = new TestHttp(second.baseUri());
                JsonNode session = TestHttp.json(http.post(
                        "/api/sessions", "{\"channel\":\"telegram\",\"external_id\":\"" + CHAT + "\"}", Map.of()));

                http.post(
                        "/api/carts/" + session.path("cart_id").asText() + "/lines",
                        "{\"product_id\":\"d-0001\",\"quantity\":1}",
                        TestHttp.bearer(session.path("token").asText()));

                assertThat(telegram.awaitCall("editMessageText", c -> c.chatId() == CHAT)
                                .text())
                        .contains("Молоко Простоквашино");
            }
        }
    }

    @Test
    void withoutABotTokenTheWebhookIsNotThere() throws Exception {
        try (Application application = start(Map.of())) {
            HttpResponse<String> response = new TestHttp(application.baseUri())
                    .post(
                            "/telegram/" + TelegramUpdates.SECRET,
                            TelegramUpdates.fixture("01_private_text_start.json"),
                            Map.of(TelegramWebhook.SECRET_HEADER, TelegramUpdates.SECRET));

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(TestHttp.json(response).path("error").path("code").asText())
                    .isEqualTo("not_found");
        }
    }

    private Application start(Map<String, String> config) {
        return Application.start(TestServers.config(dataDir, config), ImportProgress.SILENT);
    }
}
