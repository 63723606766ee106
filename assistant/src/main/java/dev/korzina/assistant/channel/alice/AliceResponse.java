package dev.korzina.assistant.channel.alice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skill's answer, protocol "1.0".
 *
 * @param response what Alice says and shows
 * @param sessionState stored for the rest of the session (at most 1 KB)
 * @param userStateUpdate stored for a logged-in user across sessions
 * @param applicationState stored for the app instance across sessions
 * @param version {@code "1.0"}
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AliceResponse(
        Body response,
        @JsonProperty("session_state") Optional<Map<String, String>> sessionState,
        @JsonProperty("user_state_update") Optional<Map<String, String>> userStateUpdate,
        @JsonProperty("application_state") Optional<Map<String, String>> applicationState,
        String version) {

    /** The protocol version this skill speaks. */
    static final String VERSION = "1.0";

    /**
     * What Alice says and shows.
     *
     * @param text the text shown, at most 1024 characters
     * @param tts the text spoken, at most 1024 characters
     * @param card a card to show on a screen
     * @param buttons answers to tap
     * @param endSession whether the skill closes
     * @param directives platform actions such as account linking
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Body(
            String text,
            String tts,
            Optional<Card> card,
            List<Button> buttons,
            @JsonProperty("end_session") boolean endSession,
            Optional<Directives> directives) {

        /** Copies the buttons. */
        public Body {
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * A button; its payload comes back in a {@code ButtonPressed} request.
     *
     * @param title the label, at most 64 characters
     * @param payload what the press stands for
     * @param hide whether it is a suggestion that disappears after the next request
     */
    public record Button(String title, Map<String, String> payload, boolean hide) {}

    /**
     * An {@code ItemsList} card.
     *
     * @param type {@code ItemsList}
     * @param header the title line
     * @param items one to five items
     * @param footer a closing line
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Card(String type, Line header, List<Item> items, Optional<Line> footer) {

        /** Copies the items. */
        public Card {
            items = List.copyOf(items);
        }
    }

    /**
     * A line of text in a card.
     *
     * @param text the text
     */
    public record Line(String text) {}

    /**
     * One item of an {@code ItemsList}.
     *
     * @param title the product
     * @param description how many and at what price
     */
    public record Item(String title, String description) {}

    /**
     * Platform actions.
     *
     * @param startAccountLinking present (an empty object) to show the account linking card
     */
    public record Directives(
            @JsonProperty("start_account_linking") Map<String, String> startAccountLinking) {}
}
