package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A chat.
 *
 * @param id the chat's id (the user's id for a private chat, negative for groups)
 * @param type {@code private}, {@code group}, {@code supergroup} or {@code channel}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Chat(long id, String type) {

    /** Checks that the parts the bot relies on are present. */
    public Chat {
        Objects.requireNonNull(type, "type");
    }

    /** Whether this is a one-to-one chat with a user. */
    public boolean isPrivate() {
        return "private".equals(type);
    }
}
