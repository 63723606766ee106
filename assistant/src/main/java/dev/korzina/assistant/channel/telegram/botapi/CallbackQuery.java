package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;
import java.util.Optional;

/**
 * A press of an inline keyboard button.
 *
 * @param id the query's id, to answer with {@code answerCallbackQuery}
 * @param from who pressed it
 * @param message the message with the keyboard; empty when it is too old
 * @param data the button's {@code callback_data}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallbackQuery(String id, User from, Optional<Message> message, Optional<String> data) {

    /** Checks that the parts the bot relies on are present. */
    public CallbackQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
    }
}
