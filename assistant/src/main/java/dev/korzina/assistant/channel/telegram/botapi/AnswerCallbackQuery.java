package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * The {@code answerCallbackQuery} call, which stops the progress bar on the pressed button.
 *
 * @param callbackQueryId the query answered
 * @param text a notification shown to the user, 0–200 characters
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record AnswerCallbackQuery(String callbackQueryId, Optional<String> text) implements BotCall {

    @Override
    public String method() {
        return "answerCallbackQuery";
    }

    /** Not a message: it does not wait for the chat's message slot. */
    @Override
    public boolean isMessage() {
        return false;
    }
}
