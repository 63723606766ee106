package dev.korzina.assistant.channel.alice;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Alice webhook of a started server, over real HTTP with the platform's wire format. */
class AliceWebhookIT {

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        application = Application.start(
                TestServers.config(dataDir, Map.of("alice.skill.id", AliceBodies.SKILL)), ImportProgress.SILENT);
        http = new TestHttp(application.baseUri());
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return http.post("/alice", body, Map.of());
    }

    private static JsonNode answer(String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = TestHttp.json(response);
        AliceBodies.assertValidAnswer(answer);
        return answer;
    }

    private static String user() {
        return "u-" + UUID.randomUUID();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "01_new_session_empty_command.json",
                "02_utterance_nlu_entities.json",
                "03_ping.json",
                "04_button_pressed.json",
                "05_anonymous_user_application_only.json",
                "06_authorized_user.json",
                "07_account_linking_complete_event.json",
                "08_state_session_user_application.json",
                "09_screenless_interfaces_empty.json",
                "10_audio_player_playback_started.json",
                "11_purchase_confirmation.json",
                "12_show_pull.json"
            })
    void everyKindOfPlatformRequestGetsAValidAnswer(String fixture) throws Exception {
        JsonNode answer = answer(AliceBodies.fixture(fixture));

        assertThat(answer.path("response").path("text").asText()).isNotBlank();
        assertThat(answer.path("application_state").path("lang").asText()).isEqualTo("ru");
    }

    @Test
    void aRequestOfAnotherSkillIsForbiddenWithoutSayingWhy() throws Exception {
        HttpResponse<String> response = post(AliceBodies.ofSkill("someone-elses-skill", "добавь молоко"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("skill");
    }

    @Test
    void thePingOfTheMonitoringIsAnswered() throws Exception {
        JsonNode answer = answer(AliceBodies.fixture("03_ping.json"));

        assertThat(answer.path("response").path("end_session").asBoolean()).isFalse();
    }

    @Test
    void aNewSessionIsGreetedWithWhatOneCanSay() throws Exception {
        JsonNode response = answer(AliceBodies.newSession(user())).path("response");

        assertThat(response.path("text").asText()).contains("добавь молоко", "что в корзине", "хватит");
        assertThat(response.path("buttons")).isNotEmpty();
    }

    @Test
    void theCartAddedByVoiceIsAnItemsListOnAScreen() throws Exception {
        String user = user();
        answer(AliceBodies.said(user, "Добавь молоко и два батона", true));

        JsonNode response =
                answer(AliceBodies.said(user, "Что в корзине?", true)).path("response");

        assertThat(response.path("card").path("type").asText()).isEqualTo("ItemsList");
        assertThat(response.path("card").path("items")).hasSize(2);
        assertThat(response.path("card").path("items").get(0).path("title").asText())
                .containsIgnoringCase("молоко");
    }

    @Test
    void theCartIsSpokenOnASpeakerWithoutAScreen() throws Exception {
        String user = user();
        answer(AliceBodies.saidOnSpeaker(user, "добавь кефир"));

        JsonNode response =
                answer(AliceBodies.saidOnSpeaker(user, "что в корзине")).path("response");

        assertThat(response.has("card")).isFalse();
        assertThat(response.path("tts").asText()).containsIgnoringCase("кефир");
    }

    @Test
    void aPressedButtonAnswersWhichOne() throws Exception {
        String user = user();
        JsonNode asked = answer(AliceBodies.said(user, "добавь масло", true)).path("response");
        JsonNode second = asked.path("buttons").get(1);

        JsonNode chosen = answer(AliceBodies.pressed(user, second.path("payload")));

        assertThat(second.path("title").asText()).containsIgnoringCase("подсолнечное");
        assertThat(chosen.path("response").path("text").asText()).containsIgnoringCase("подсолнечное");
    }

    @Test
    void askingToLinkTheAccountShowsTheLoginCard() throws Exception {
        JsonNode response =
                answer(AliceBodies.said(user(), "Привяжи аккаунт", true)).path("response");

        assertThat(response.path("directives").has("start_account_linking")).isTrue();
    }

    @Test
    void aSpeakerThatCannotLinkExplainsTheSpokenCode() throws Exception {
        JsonNode response =
                answer(AliceBodies.saidOnSpeaker(user(), "привяжи аккаунт")).path("response");

        assertThat(response.has("directives")).isFalse();
        assertThat(response.path("text").asText()).contains("код");
    }

    @Test
    void afterAccountLinkingTheAliceUserSharesTheCartOfTheToken() throws Exception {
        String token = http.session("web", "w-" + UUID.randomUUID());
        http.post("/api/dialog/turns", "{\"text\":\"добавь бананы\"}", TestHttp.bearer(token));
        String user = user();

        JsonNode linked = answer(AliceBodies.linkingCompleted(user, token));
        JsonNode cart = answer(AliceBodies.said(user, "что в корзине", true));

        assertThat(linked.path("response").path("text").asText()).contains("общая корзина");
        assertThat(cart.path("response").path("text").asText()).containsIgnoringCase("банан");
    }

    @Test
    void withoutAnOAuthClientThereIsNoSignInPage() throws Exception {
        assertThat(http.get("/oauth/authorize?response_type=code&client_id=x", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSpokenCodeJoinsTheHouseholdThatIssuedIt() throws Exception {
        String token = http.session("web", "w-" + UUID.randomUUID());
        http.post("/api/dialog/turns", "{\"text\":\"добавь сметану\"}", TestHttp.bearer(token));
        String code = TestHttp.json(http.post("/api/link-codes", "{}", TestHttp.bearer(token)))
                .path("code")
                .asText();
        String user = user();

        JsonNode linked = answer(AliceBodies.said(user, "код " + code, true));
        JsonNode cart = answer(AliceBodies.said(user, "что в корзине", true));

        assertThat(linked.path("response").path("text").asText()).contains("общая корзина");
        assertThat(cart.path("response").path("text").asText()).containsIgnoringCase("сметан");
    }

    @Test
    void aCodeSaidInWordsIsReadFromTheDigitsYandexMadeOfIt() throws Exception {
        String token = http.session("web", "w-" + UUID.randomUUID());
        String code = TestHttp.json(http.post("/api/link-codes", "{}", TestHttp.bearer(token)))
                .path("code")
                .asText();

        JsonNode linked = answer(AliceBodies.said(user(), "Код, пожалуйста: цифры по одной", "код " + code, true));

        assertThat(linked.path("response").path("text").asText()).contains("общая корзина");
    }

    @Test
    void aWrongCodeIsSaidToBeWrong() throws Exception {
        JsonNode answer = answer(AliceBodies.said(user(), "код 000000", true));

        assertThat(answer.path("response").path("text").asText()).contains("не подошёл");
    }

    @Test
    void enoughEndsTheSession() throws Exception {
        JsonNode answer = answer(AliceBodies.said(user(), "хватит", true));

        assertThat(answer.path("response").path("end_session").asBoolean()).isTrue();
    }

    @Test
    void malformedJsonIsABadRequestWithAJsonError() throws Exception {
        HttpResponse<String> response = post("{\"session\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("bad_request");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedByItsContentType() throws Exception {
        HttpResponse<String> response = http.post("/alice", "hello", Map.of("Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("unsupported_media_type");
    }

    @Test
    void aBodyOver64KibIsTooLarge() throws Exception {
        String huge = AliceBodies.said(user(), "добавь " + "молоко ".repeat(10_000), true);

        HttpResponse<String> response = post(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(TestHttp.json(response).path("error").path("code").asText()).isEqualTo("payload_too_large");
    }

    @Test
    void aRequestWithoutSessionIsABadRequest() throws Exception {
        HttpResponse<String> response =
                post("{\"request\":{\"type\":\"SimpleUtterance\",\"command\":\"молоко\"},\"version\":\"1.0\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(TestHttp.json(response).path("error").isObject()).isTrue();
    }

    @Test
    void aRequestWithoutRequestOrEventIsABadRequest() throws Exception {
        String body =
                AliceBodies.read(AliceBodies.said(user(), "x", true)).deepCopy().toString();
        String withoutRequest = body.replaceFirst(",?\"request\":\\{[^}]*}", "");

        HttpResponse<String> response = post(withoutRequest);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequest() throws Exception {
        HttpResponse<String> response = post("{\"session\":\"yes\",\"request\":[]}");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
