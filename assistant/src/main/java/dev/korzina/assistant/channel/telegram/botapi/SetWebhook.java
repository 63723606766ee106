package dev.korzina.assistant.channel.telegram.botapi;

import java.util.List;

/**
 * The {@code setWebhook} call.
 *
 * @param url the HTTPS URL Telegram posts updates to
 * @param secretToken sent back in the {@code X-Telegram-Bot-Api-Secret-Token} header of every update
 * @param allowedUpdates the update types wanted
 */
public record SetWebhook(String url, String secretToken, List<String> allowedUpdates) implements BotCall {

    /** The update types the bot handles. */
    public static final List<String> HANDLED = List.of("message", "edited_message", "callback_query", "my_chat_member");

    /** Copies the types. */
    public SetWebhook {
        allowedUpdates = List.copyOf(allowedUpdates);
    }

    @Override
    public String method() {
        return "setWebhook";
    }
}
