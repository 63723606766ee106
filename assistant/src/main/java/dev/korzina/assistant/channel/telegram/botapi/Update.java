package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * One update Telegram posts to the webhook; at most one of its parts is present.
 *
 * @param updateId the update's id, to ignore redeliveries; null when the body lacks it
 * @param message a new message
 * @param editedMessage a message the user edited
 * @param callbackQuery a press of an inline keyboard button
 * @param myChatMember a change of the bot's membership in a chat (blocked, unblocked)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Update(
        Long updateId,
        Optional<Message> message,
        Optional<Message> editedMessage,
        Optional<CallbackQuery> callbackQuery,
        Optional<ChatMemberUpdated> myChatMember) {}
