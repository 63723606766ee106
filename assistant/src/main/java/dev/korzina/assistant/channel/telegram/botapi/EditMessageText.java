package dev.korzina.assistant.channel.telegram.botapi;

/**
 * The {@code editMessageText} call.
 *
 * @param chatId the message's chat
 * @param messageId the message
 * @param text its new text
 */
public record EditMessageText(long chatId, long messageId, String text) implements BotCall {

    @Override
    public String method() {
        return "editMessageText";
    }
}
