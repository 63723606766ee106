package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * The {@code sendMessage} call.
 *
 * @param chatId the chat to write to
 * @param text the text, 1–4096 characters
 * @param replyMarkup buttons under the message
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SendMessage(long chatId, String text, Optional<InlineKeyboardMarkup> replyMarkup) implements BotCall {

    /** The most characters Telegram takes in one message. */
    public static final int MAX_TEXT = 4096;

    /** Cuts the text to what Telegram takes. */
    public SendMessage {
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
    }

    @Override
    public String method() {
        return "sendMessage";
    }
}
