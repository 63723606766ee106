package dev.korzina.assistant.channel.telegram.botapi;

import java.time.Duration;

/**
 * How fast the bot may write and how it retries.
 *
 * @param perChat the least time between two messages to one chat
 * @param perSecond the most calls per second overall
 * @param attempts the most tries of one call that fails with a retryable error
 * @param backoff the wait before the second try of a call that met a server error; doubled for each further try
 */
public record RateLimits(Duration perChat, int perSecond, int attempts, Duration backoff) {

    /** Telegram's documented limits: about one message a second per chat, 30 a second overall. */
    public static final RateLimits TELEGRAM = new RateLimits(Duration.ofSeconds(1), 30, 5, Duration.ofSeconds(1));

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
