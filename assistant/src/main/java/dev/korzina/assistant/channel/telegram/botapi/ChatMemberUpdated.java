package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A change of a chat member's status; for the bot itself in a private chat, {@code kicked} means the user blocked
 * it and {@code member} that they unblocked it.
 *
 * @param chat the chat
 * @param from who made the change
 * @param newChatMember the member after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMemberUpdated(Chat chat, User from, ChatMember newChatMember) {

    /** Checks that the parts the bot relies on are present. */
    public ChatMemberUpdated {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(newChatMember, "newChatMember");
    }
}
