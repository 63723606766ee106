package dev.korzina.assistant.channel.telegram.botapi;

import java.time.Duration;

/**
 * How fast the bot may write and how it retries.
 *
 * @param perChat the least time between two messages to one private chat
 * @param perGroup the least time between two messages to one group, supergroup or channel (negative chat ids)
 * @param perSecond the most calls per second overall
 * @param attempts the most tries of one call that fails with a retryable error
 * @param backoff the wait before the second try of a call that met a server error; doubled for each further try
 */
public record RateLimits(Duration perChat, Duration perGroup, int perSecond, int attempts, Duration backoff) {

    /** Telegram's documented limits: about one message a second per chat, 20 a minute per group, 30 a second overall. */
    public static final RateLimits TELEGRAM =
            new RateLimits(Duration.ofSeconds(1), Duration.ofSeconds(3), 30, 5, Duration.ofSeconds(1));

    /**
     * The least time between two messages to a chat.
     *
     * @param chatId the chat; groups, supergroups and channels have negative ids
     * @return the spacing
     */
    Duration spacing(long chatId) {
        return chatId < 0 ? perGroup : perChat;
    }

    /**
     * The wait before a retry after a server error.
     *
     * @param attempt the number of the try that failed, from 1
     * @return the wait
     */
    Duration backoffAfter(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
    }
}
