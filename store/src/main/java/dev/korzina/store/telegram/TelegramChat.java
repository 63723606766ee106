package dev.korzina.store.telegram;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A private chat with the bot.
 *
 * @param chatId the Telegram chat id (the user's id in a private chat)
 * @param customerId the customer the chat belongs to
 * @param householdId the customer's household now
 * @param language the code of the language to write in ({@code ru}, {@code en})
 * @param blocked whether the user blocked the bot, so that it must not write first
 * @param noticesOff whether the user opted out of notices
 * @param cartMessageId the message showing the household's cart, edited when it changes
 * @param cartVersion the cart version that message shows
 */
public record TelegramChat(
        long chatId,
        UUID customerId,
        UUID householdId,
        String language,
        boolean blocked,
        boolean noticesOff,
        Optional<Long> cartMessageId,
        long cartVersion) {

    /** Checks the values. */
    public TelegramChat {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(cartMessageId, "cartMessageId");
    }

    /** Whether the bot may write to this chat unprompted. */
    public boolean reachable() {
        return !blocked && !noticesOff;
    }
}
