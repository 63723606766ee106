package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message; only the parts the bot reads.
 *
 * @param messageId the message's id in its chat
 * @param from the sender; empty in channels
 * @param chat the chat it was sent in
 * @param text the text of a text message
 * @param entities mentions, commands and formatting in the text
 * @param voice the recording of a voice message
 * @param replyMarkup the inline keyboard under the message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(
        long messageId,
        Optional<User> from,
        Chat chat,
        Optional<String> text,
        Optional<List<MessageEntity>> entities,
        Optional<Voice> voice,
        Optional<InlineKeyboardMarkup> replyMarkup) {

    /** Checks that the parts the bot relies on are present. */
    public Message {
        Objects.requireNonNull(chat, "chat");
    }
}
