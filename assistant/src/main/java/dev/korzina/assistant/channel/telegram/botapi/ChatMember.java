package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A member of a chat.
 *
 * @param user the member
 * @param status {@code creator}, {@code administrator}, {@code member}, {@code restricted}, {@code left} or
 *     {@code kicked}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMember(User user, String status) {

    /** Checks that the parts the bot relies on are present. */
    public ChatMember {
        Objects.requireNonNull(status, "status");
    }
}
