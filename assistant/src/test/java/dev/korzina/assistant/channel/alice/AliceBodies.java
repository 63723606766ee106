package dev.korzina.assistant.channel.alice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Alice request bodies for tests, and the check that an answer keeps the protocol's rules. */
final class AliceBodies {

    static final String SKILL = "korzina-test-skill";

    private static final ObjectMapper JSON = new ObjectMapper();

    private AliceBodies() {}

    /** A fixture request from {@code src/test/resources/channels/alice}. */
    static String fixture(String name) {
        try (InputStream in = AliceBodies.class.getResourceAsStream("/channels/alice/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's utterance, from a logged-in Yandex user on a device with or without a screen. */
    static String said(String user, String text, boolean screen) {
        return said(user, text, text.toLowerCase(), screen);
    }

    /** A user's utterance as said and as Yandex normalised it ({@code command}). */
    static String said(String user, String original, String command, boolean screen) {
        ObjectNode body = base(user, screen, false);
        ObjectNode request = body.putObject("request");
        request.put("type", "SimpleUtterance");
        request.put("command", command);
        request.put("original_utterance", original);
        return body.toString();
    }

    /** A press of a button with its payload. */
    static String pressed(String user, JsonNode payload) {
        ObjectNode body = base(user, true, false);
        ObjectNode request = body.putObject("request");
        request.put("type", "ButtonPressed");
        request.set("payload", payload);
        return body.toString();
    }

    /** The first request of a new session, with nothing said. */
    static String newSession(String user) {
        ObjectNode body = base(user, true, true);
        ObjectNode request = body.putObject("request");
        request.put("type", "SimpleUtterance");
        request.put("command", "");
        request.put("original_utterance", "");
        return body.toString();
    }

    /** The event after account linking, with the access token the platform got. */
    static String linkingCompleted(String user, String accessToken) {
        ObjectNode body = base(user, true, false);
        ((ObjectNode) body.path("session").path("user")).put("access_token", accessToken);
        body.putObject("account_linking_complete_event");
        return body.toString();
    }

    /** An utterance from a device without account linking (a speaker). */
    static String saidOnSpeaker(String user, String text) {
        return said(user, text, false);
    }

    /** A body of another skill. */
    static String ofSkill(String skill, String text) {
        ObjectNode body = (ObjectNode) read(said("someone", text, true));
        ((ObjectNode) body.path("session")).put("skill_id", skill);
        return body.toString();
    }

    private static ObjectNode base(String user, boolean screen, boolean isNew) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode meta = body.putObject("meta");
        meta.put("locale", "ru-RU");
        meta.put("timezone", "Europe/Moscow");
        ObjectNode interfaces = meta.putObject("interfaces");
        if (screen) {
            interfaces.putObject("screen");
            interfaces.putObject("account_linking");
        }
        ObjectNode session = body.putObject("session");
        session.put("new", isNew);
        session.put("message_id", isNew ? 0 : 1);
        session.put("session_id", "s-" + user);
        session.put("skill_id", SKILL);
        session.putObject("user").put("user_id", user);
        session.putObject("application").put("application_id", "app-" + user);
        body.put("version", "1.0");
        return body;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the required fields and limits of an answer: version, text and tts, end_session, buttons. */
    static void assertValidAnswer(JsonNode answer) {
        assertThat(answer.path("version").asText()).isEqualTo("1.0");
        JsonNode response = answer.path("response");
        assertThat(response.path("text").isTextual())
                .as("response.text is a string")
                .isTrue();
        assertThat(response.path("text").asText()).hasSizeLessThanOrEqualTo(1024);
        assertThat(response.path("tts").asText("")).hasSizeLessThanOrEqualTo(1024);
        assertThat(response.path("end_session").isBoolean())
                .as("end_session is a boolean")
                .isTrue();
        for (JsonNode button : response.path("buttons")) {
            assertThat(button.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(64);
        }
        JsonNode card = response.path("card");
        if (!card.isMissingNode()) {
            assertThat(card.path("type").asText()).isEqualTo("ItemsList");
            assertThat(card.path("items").size()).isBetween(1, 5);
        }
    }
}
