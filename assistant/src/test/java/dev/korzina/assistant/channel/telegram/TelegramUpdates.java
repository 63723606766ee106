package dev.korzina.assistant.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.assistant.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Posts updates to a server's webhook as Telegram does, and writes the updates the tests need in its wire format. */
final class TelegramUpdates {

    /** The webhook secret the tests configure. */
    static final String SECRET = "test_secret-42";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestHttp http;
    private final AtomicLong updateIds;

    TelegramUpdates(TestHttp http, long firstUpdateId) {
        this.http = http;
        this.updateIds = new AtomicLong(firstUpdateId);
    }

    /** The configuration keys that turn the bot on against a fake Bot API. */
    static Map<String, String> config(FakeBotApi telegram) {
        return Map.of(
                "telegram.bot.token",
                FakeBotApi.TOKEN,
                "telegram.webhook.secret",
                SECRET,
                "telegram.api.base.url",
                telegram.baseUrl().toString());
    }

    /** Posts an update with the right secret in path and header. */
    HttpResponse<String> post(String update) throws IOException, InterruptedException {
        return http.post("/telegram/" + SECRET, update, Map.of(TelegramWebhook.SECRET_HEADER, SECRET));
    }

    /** A fixture from {@code src/test/resources/telegram}. */
    static String fixture(String name) {
        try (InputStream in = TelegramUpdates.class.getResourceAsStream("/telegram/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A private text message from a user, with a fresh update id. */
    String text(long userId, String text, String language) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        ObjectNode message = update.putObject("message").put("message_id", updateIds.get() % 100_000);
        message.set("from", user(userId, language));
        message.putObject("chat").put("id", userId).put("first_name", "Маша").put("type", "private");
        message.put("date", 1_764_150_000L).put("text", text);
        if (text.startsWith("/")) {
            int length = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            message.putArray("entities")
                    .addObject()
                    .put("offset", 0)
                    .put("length", length)
                    .put("type", "bot_command");
        }
        return update.toString();
    }

    /** A press of a button under a message the bot sent, as Telegram reports it. */
    String press(long userId, String queryId, JsonNode sentMessage, String data) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        ObjectNode query = update.putObject("callback_query").put("id", queryId);
        query.set("from", user(userId, "ru"));
        ObjectNode message = query.putObject("message").put("message_id", 555);
        message.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Korzina");
        message.putObject("chat").put("id", userId).put("type", "private");
        message.put("date", 1_764_150_000L).put("text", sentMessage.path("text").asText());
        message.set("reply_markup", sentMessage.path("reply_markup"));
        query.put("chat_instance", "-7654321").put("data", data);
        return update.toString();
    }

    /** The bot's membership in a user's private chat changing from one status to another. */
    String membership(long userId, String from, String to) {
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.incrementAndGet());
        ObjectNode change = update.putObject("my_chat_member");
        change.putObject("chat").put("id", userId).put("first_name", "Маша").put("type", "private");
        change.set("from", user(userId, "ru"));
        change.put("date", 1_764_150_000L);
        change.putObject("old_chat_member").put("status", from).set("user", bot());
        change.putObject("new_chat_member").put("status", to).set("user", bot());
        return update.toString();
    }

    private static ObjectNode user(long id, String language) {
        return JSON.createObjectNode()
                .put("id", id)
                .put("is_bot", false)
                .put("first_name", "Маша")
                .put("language_code", language);
    }

    private static ObjectNode bot() {
        return JSON.createObjectNode()
                .put("id", 1)
                .put("is_bot", true)
                .put("first_name", "Korzina")
                .put("username", "korzina_bot");
    }
}
