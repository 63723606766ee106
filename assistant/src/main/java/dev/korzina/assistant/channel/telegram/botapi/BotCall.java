package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A Bot API method call: the record's fields are its JSON parameters. */
public sealed interface BotCall permits SendMessage, EditMessageText, AnswerCallbackQuery, SetWebhook {

    /** The method's name in the URL ({@code sendMessage}). */
    @JsonIgnore
    String method();

    /** Whether the call puts a message in the chat and so counts towards the chat's rate limit. */
    @JsonIgnore
    default boolean isMessage() {
        return true;
    }
}
