package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.channel.telegram.FakeBotApi.Call;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.skills.push.Notice;
import dev.korzina.store.identity.PostgresIdentityStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bot on a started server: updates posted to {@code /telegram/{secret}} as Telegram posts them, answers read
 * from a fake Bot API in its wire format. Each test talks in its own chats.
 */
class TelegramWebhookIT {

    private static final Notice ORDER_ON_ITS_WAY =
            new Notice("order_status", "Ваш заказ в пути, курьер будет к 19:00.", "Your order is on its way.");

    @TempDir
    static Path dir;

    private static EmbeddedPostgres database;
    private static FakeBotApi telegram;
    private static Application application;
    private static TestHttp http;
    private static TelegramUpdates updates;
    private static PostgresIdentityStore identities;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(false)
                .start();
        telegram = FakeBotApi.start();
        Map<String, String> config = new HashMap<>(TelegramUpdates.config(telegram));
        config.put("db.url", database.getJdbcUrl("postgres", "postgres"));
        config.put("db.user", "postgres");
        application = Application.start(TestServers.config(dir.resolve("data"), config), ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
        updates = new TelegramUpdates(http, 1_000_000);
        identities = new PostgresIdentityStore(database.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws Exception {
        application.close();
        telegram.close();
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "01_private_text_start.json,                 701,            Привет",
        "02_start_deeplink_payload_ru_DERIVED.json,  702,            ссылка неизвестна",
        "03_group_mention_DERIVED.json,              -1000000000703, ''",
        "06_voice_message.json,                      706,            send it as text",
        "10_voice_message_official_guide.json,       710,            Пришлите, пожалуйста, текстом",
    })
    void aFixtureMessageIsAnsweredInItsChat(String fixture, long chat, String answer) throws Exception {
        HttpResponse<String> response = updates.post(TelegramUpdates.fixture(fixture));

        assertThat(response.statusCode()).isEqualTo(200);
        Call sent = telegram.awaitCall("sendMessage", c -> c.chatId() == chat);
        assertThat(sent.text()).isNotBlank().contains(answer);
        assertThat(sent.body().properties())
                .extracting(Map.Entry::getKey)
                .isSubsetOf("chat_id", "text", "reply_markup");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "04_edited_message.json,          704",
        "07_my_chat_member_kicked.json,   707",
        "08_photo_supergroup.json,        -1000000000708",
        "09_location.json,                -1000000000709",
    })
    void aFixtureTheBotDoesNotActOnIsAcceptedSilently(String fixture, long chat) throws Exception {
        HttpResponse<String> response = updates.post(TelegramUpdates.fixture(fixture));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).path("ok").asBoolean()).isTrue();
        Thread.sleep(300);
        assertThat(telegram.calls()).noneMatch(c -> c.chatId() == chat);
    }

    @Test
    void aPressOfAnUnknownButtonIsStillAnswered() throws Exception {
        HttpResponse<String> response = updates.post(TelegramUpdates.fixture("05_callback_query_with_message.json"));

        assertThat(response.statusCode()).isEqualTo(200);
        Call answered = telegram.awaitCall(
                "answerCallbackQuery",
                c -> c.body().path("callback_query_id").asText().equals("4382bfdwdsb323b2d9"));
        assertThat(answered.body().path("text").asText()).contains("no longer active");
        assertThat(answered.body().properties())
                .extracting(Map.Entry::getKey)
                .containsOnly("callback_query_id", "text");
    }

    @Test
    void aWrongPathSecretIsRefusedWith403() throws Exception {
        HttpResponse<String> response = http.post(
                "/telegram/guessed",
                updates.text(chat(), "добавь молоко", "ru"),
                Map.of(TelegramWebhook.SECRET_HEADER, TelegramUpdates.SECRET));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void aMissingOrWrongSecretHeaderIsRefusedWith401() throws Exception {
        String update = updates.text(chat(), "добавь молоко", "ru");

        HttpResponse<String> missing = http.post("/telegram/" + TelegramUpdates.SECRET, update, Map.of());
        HttpResponse<String> wrong = http.post(
                "/telegram/" + TelegramUpdates.SECRET, update, Map.of(TelegramWebhook.SECRET_HEADER, "guessed"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(TestHttp.json(wrong).path("error").path("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void aBodyThatIsNotAnUpdateIs400() throws Exception {
        HttpResponse<String> broken = updates.post("{\"update_id\": 5, \"message\": ");
        HttpResponse<String> array = updates.post("[1, 2]");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(broken).path("error").path("code").asText()).isEqualTo("bad_request");
    }

    @Test
    void anUpdateWithoutUpdateIdNamesTheField() throws Exception {
        HttpResponse<String> response =
                updates.post("{\"message\":{\"message_id\":1,\"chat\":{\"id\":1,\"type\":\"private\"}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("field").asText()).isEqualTo("update_id");
    }

    @Test
    void aMessageWithoutItsChatIs400() throws Exception {
        HttpResponse<String> response =
                updates.post("{\"update_id\":3000001,\"message\":{\"message_id\":1,\"text\":\"добавь молоко\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("bad_request");
    }

    @Test
    void anUpdateOfATypeTheBotDoesNotHandleIsAcknowledged() throws Exception {
        HttpResponse<String> response = updates.post(
                "{\"update_id\":3000002,\"message_reaction\":{\"chat\":{\"id\":-100,\"type\":\"supergroup\"}}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(TestHttp.json(response).path("ok").asBoolean()).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIs415() throws Exception {
        HttpResponse<String> response = http.post(
                "/telegram/" + TelegramUpdates.SECRET,
                "update_id=5",
                Map.of(
                        TelegramWebhook.SECRET_HEADER,
                        TelegramUpdates.SECRET,
                        "Content-Type",
                        "application/x-www-form-urlencoded"));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void aBodyOver64KiBIs413() throws Exception {
        String update = updates.text(chat(), "молоко ".repeat(12_000), "ru");

        HttpResponse<String> response = updates.post(update);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void aRedeliveredUpdateIsAcknowledgedButHandledOnce() throws Exception {
        long chat = chat();
        String update = updates.text(chat, "добавь два батона", "ru");

        assertThat(updates.post(update).statusCode()).isEqualTo(200);
        assertThat(updates.post(update).statusCode()).isEqualTo(200);

        telegram.awaitCall("sendMessage", c -> c.chatId() == chat && c.text().startsWith("Добавила"));
        assertThat(telegram.settledMessages(chat, "Добавила")).hasSize(1);
        assertThat(cart(chat).path("lines").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    @Test
    void startWithALinkCodeJoinsTheFamilysHousehold() throws Exception {
        long chat = chat();
        String code = linkCodeOf(http.session("web", "mum-" + chat));

        updates.post(updates.text(chat, "/start " + code, "ru"));

        assertThat(telegram.awaitCall("sendMessage", c -> c.chatId() == chat).text())
                .contains("присоединились к семье");
        assertThat(cartId(TestHttp.json(http.post(
                        "/api/sessions", "{\"channel\":\"telegram\",\"external_id\":\"" + chat + "\"}", Map.of()))))
                .isEqualTo(cartId(TestHttp.json(http.post(
                        "/api/sessions", "{\"channel\":\"web\",\"external_id\":\"mum-" + chat + "\"}", Map.of()))));
    }

    @Test
    void aButtonPressAnswersTheQuestionAndStopsTheProgressBar() throws Exception {
        long chat = chat();
        Call question = askWhichButter(chat);
        JsonNode buttons = question.body().path("reply_markup").path("inline_keyboard");
        assertThat(buttons).hasSize(2);
        String second = buttons.get(1).get(0).path("text").asText();

        updates.post(updates.press(
                chat,
                "cb-" + chat,
                question.body(),
                buttons.get(1).get(0).path("callback_data").asText()));

        telegram.awaitCall(
                "answerCallbackQuery",
                c -> c.body().path("callback_query_id").asText().equals("cb-" + chat));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cart(chat).path("lines").size() == 1);
        assertThat(cart(chat).path("lines").get(0).path("name").asText()).containsIgnoringCase(second);
    }

    @Test
    void everyButtonsCallbackDataFitsIn64Bytes() throws Exception {
        Call question = askWhichButter(chat());

        question.body()
                .path("reply_markup")
                .path("inline_keyboard")
                .forEach(row -> row.forEach(button -> assertThat(
                                button.path("callback_data").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeBetween(1, 64)));
    }

    @Test
    void theCartMessageIsEditedWhenAnotherChannelChangesTheCart() throws Exception {
        long chat = chat();
        String dad = http.session("web", "dad-" + chat);
        updates.post(updates.text(chat, "/start " + linkCodeOf(dad), "ru"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat && c.text().contains("Корзина пуста"));
        String cartId = cartId(TestHttp.json(
                http.post("/api/sessions", "{\"channel\":\"web\",\"external_id\":\"dad-" + chat + "\"}", Map.of())));

        http.post(
                "/api/carts/" + cartId + "/lines", "{\"product_id\":\"d-0001\",\"quantity\":2}", TestHttp.bearer(dad));

        Call edited = telegram.awaitCall("editMessageText", c -> c.chatId() == chat);
        assertThat(edited.text()).contains("Молоко Простоквашино", "2 шт");
        assertThat(edited.body().path("message_id").asLong()).isPositive();
    }

    @Test
    void theNotifierWritesToTheHouseholdsChatInItsLanguage() throws Exception {
        long chat = chat();
        updates.post(updates.text(chat, "/start", "en"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat);

        int queued = application.notifier().notify(household(chat), ORDER_ON_ITS_WAY);

        assertThat(queued).isEqualTo(1);
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat && c.text().equals("Your order is on its way."));
    }

    @Test
    void aUserWhoBlockedTheBotGetsNoNoticesUntilTheyUnblockIt() throws Exception {
        long chat = chat();
        updates.post(updates.text(chat, "/start", "ru"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat);

        updates.post(updates.membership(chat, "member", "kicked"));
        int whileBlocked = application.notifier().notify(household(chat), ORDER_ON_ITS_WAY);
        updates.post(updates.membership(chat, "kicked", "member"));
        int afterUnblocking = application.notifier().notify(household(chat), ORDER_ON_ITS_WAY);

        assertThat(whileBlocked).isZero();
        assertThat(afterUnblocking).isEqualTo(1);
        assertThat(telegram.settledMessages(chat, "Ваш заказ")).hasSize(1);
    }

    @Test
    void aChatWhoseUserBlockedTheBotUnnoticedIsLeftAloneAfterTelegramSays403() throws Exception {
        long chat = chat();
        updates.post(updates.text(chat, "/start", "ru"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat);
        telegram.failNextIn(chat, 403, "Forbidden: bot was blocked by the user");

        application.notifier().notify(household(chat), ORDER_ON_ITS_WAY);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> application.notifier().notify(household(chat), ORDER_ON_ITS_WAY) == 0);
    }

    @Test
    void aBlockedChatsCartMessageIsNotEdited() throws Exception {
        long chat = chat();
        updates.post(updates.text(chat, "/cart", "ru"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat && c.text().contains("Корзина пуста"));

        updates.post(updates.membership(chat, "member", "kicked"));
        String token = http.session("telegram", String.valueOf(chat));
        http.post(
                "/api/carts/" + cartId(cart(chat)) + "/lines",
                "{\"product_id\":\"d-0001\",\"quantity\":1}",
                TestHttp.bearer(token));

        Thread.sleep(1500);
        assertThat(telegram.calls("editMessageText", chat)).isEmpty();
    }

    @Test
    void mutedChatsGetNoNotices() throws Exception {
        long chat = chat();
        updates.post(updates.text(chat, "/mute", "ru"));
        telegram.awaitCall("sendMessage", c -> c.chatId() == chat && c.text().contains("выключены"));

        assertThat(application.notifier().notify(household(chat), ORDER_ON_ITS_WAY))
                .isZero();
    }

    /** Says "добавь масло", which the demo catalog answers with a question and two buttons. */
    private static Call askWhichButter(long chat) throws Exception {
        updates.post(updates.text(chat, "добавь масло", "ru"));
        return telegram.awaitCall(
                "sendMessage", c -> c.chatId() == chat && c.body().has("reply_markup"));
    }

    /** A one-time code that brings another identity into the household of a session's customer. */
    private static String linkCodeOf(String token) throws Exception {
        return TestHttp.json(http.post("/api/link-codes", "{}", TestHttp.bearer(token)))
                .path("code")
                .asText();
    }

    /** A fresh private chat id (= user id). */
    private static long chat() {
        return ThreadLocalRandom.current().nextLong(10_000_000, 2_000_000_000);
    }

    private static String household(long chat) {
        return identities
                .resolve("telegram", String.valueOf(chat))
                .caller()
                .householdId()
                .toString();
    }

    private static JsonNode cart(long chat) throws Exception {
        JsonNode session = TestHttp.json(
                http.post("/api/sessions", "{\"channel\":\"telegram\",\"external_id\":\"" + chat + "\"}", Map.of()));
        return TestHttp.json(http.get(
                "/api/carts/" + cartId(session),
                TestHttp.bearer(session.path("token").asText())));
    }

    private static String cartId(JsonNode sessionOrCart) {
        return sessionOrCart.has("cart_id")
                ? sessionOrCart.path("cart_id").asText()
                : sessionOrCart.path("id").asText();
    }
}
