package dev.korzina.assistant.channel.alice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A request of Yandex Dialogs to the skill, protocol "1.0". Every part the platform may leave out is optional and
 * unknown fields are ignored, so that new platform fields never break the skill.
 *
 * @param meta the device: locale and what it can do
 * @param request what the user did; absent in an {@code account_linking_complete_event}
 * @param session who is talking, in which session
 * @param state what the skill stored in earlier answers, when the skill's storage is on
 * @param version the protocol version, {@code "1.0"}
 * @param accountLinkingCompleteEvent present (an empty object) after the user finished account linking
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AliceRequest(
        Optional<Meta> meta,
        Optional<Utterance> request,
        Optional<Session> session,
        Optional<State> state,
        Optional<String> version,
        @JsonProperty("account_linking_complete_event") Optional<JsonNode> accountLinkingCompleteEvent) {

    /** Treats an explicit JSON {@code null} as absent. */
    public AliceRequest {
        accountLinkingCompleteEvent = objectOrEmpty(accountLinkingCompleteEvent);
    }

    private static Optional<JsonNode> objectOrEmpty(Optional<JsonNode> node) {
        return node == null ? Optional.empty() : node.filter(JsonNode::isObject);
    }

    /**
     * The device.
     *
     * @param locale the user's locale ({@code ru-RU})
     * @param timezone the user's time zone
     * @param clientId the app and device
     * @param interfaces what the device supports: {@code screen}, {@code account_linking}, …
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meta(
            Optional<String> locale,
            Optional<String> timezone,
            @JsonProperty("client_id") Optional<String> clientId,
            Optional<JsonNode> interfaces) {

        /** Whether the device has a screen to show cards on. */
        public boolean hasScreen() {
            return supports("screen");
        }

        /** Whether the device can show the account linking card. */
        public boolean canLinkAccounts() {
            return supports("account_linking");
        }

        private boolean supports(String name) {
            return interfaces.map(i -> i.has(name)).orElse(false);
        }
    }

    /**
     * What the user said or pressed.
     *
     * @param type {@code SimpleUtterance}, {@code ButtonPressed}, or another event type
     * @param command the utterance normalised by Yandex (lower case, no punctuation)
     * @param originalUtterance the utterance as said
     * @param payload the pressed button's payload
     * @param nlu Yandex's tokens, entities and intents
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Utterance(
            Optional<String> type,
            Optional<String> command,
            @JsonProperty("original_utterance") Optional<String> originalUtterance,
            Optional<JsonNode> payload,
            Optional<Nlu> nlu) {}

    /**
     * Yandex's reading of the utterance.
     *
     * @param tokens the words
     * @param entities numbers, names, places, dates
     * @param intents intents of grammars set up in the console
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Nlu(List<String> tokens, Optional<JsonNode> entities, Optional<JsonNode> intents) {

        /** Copies the tokens. */
        public Nlu {
            tokens = tokens == null ? List.of() : List.copyOf(tokens);
        }
    }

    /**
     * The session.
     *
     * @param isNew whether this is the session's first request
     * @param messageId the request's number in the session
     * @param sessionId the session
     * @param skillId the skill the request is for
     * @param user the Yandex user, when someone is logged in on the device
     * @param application the app instance or device
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(
            @JsonProperty("new") boolean isNew,
            @JsonProperty("message_id") long messageId,
            @JsonProperty("session_id") Optional<String> sessionId,
            @JsonProperty("skill_id") Optional<String> skillId,
            Optional<User> user,
            Optional<Application> application) {}

    /**
     * A logged-in Yandex user.
     *
     * @param userId stable across the user's devices
     * @param accessToken the token of the linked account, after account linking
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(
            @JsonProperty("user_id") Optional<String> userId,
            @JsonProperty("access_token") Optional<String> accessToken) {}

    /**
     * The app instance or device.
     *
     * @param applicationId stable per instance; the key of anonymous users
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Application(
            @JsonProperty("application_id") Optional<String> applicationId) {}

    /**
     * What earlier answers stored.
     *
     * @param session the {@code session_state} of the last answer in this session
     * @param user the {@code user_state_update}s of a logged-in user
     * @param application the {@code application_state} of this app instance
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(Optional<JsonNode> session, Optional<JsonNode> user, Optional<JsonNode> application) {

        /** Treats explicit JSON {@code null}s as absent. */
        public State {
            session = objectOrEmpty(session);
            user = objectOrEmpty(user);
            application = objectOrEmpty(application);
        }
    }
}
