package dev.korzina.assistant.channel.telegram;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the server talks to Telegram.
 *
 * @param botToken the bot's token from BotFather; empty turns the bot off ({@code /telegram/…} is 404)
 * @param webhookSecret the secret in the webhook path and in the {@code X-Telegram-Bot-Api-Secret-Token} header
 * @param apiBaseUrl the Bot API server, {@code https://api.telegram.org} unless a test points it elsewhere
 */
public record TelegramSettings(Optional<String> botToken, Optional<String> webhookSecret, URI apiBaseUrl) {

    /** What Telegram allows in a secret token. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** The public Bot API server. */
    public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

    /** Checks that a bot has a secret Telegram accepts. */
    public TelegramSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        if (botToken.isPresent() && webhookSecret.isEmpty()) {
            throw new IllegalArgumentException("telegram.webhook.secret (KORZINA_TELEGRAM_WEBHOOK_SECRET) is required"
                    + " when telegram.bot.token is set");
        }
        if (webhookSecret.isPresent() && !SECRET.matcher(webhookSecret.get()).matches()) {
            throw new IllegalArgumentException(
                    "telegram.webhook.secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
    }
}
