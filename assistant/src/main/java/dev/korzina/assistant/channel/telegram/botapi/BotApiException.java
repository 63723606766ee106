package dev.korzina.assistant.channel.telegram.botapi;

import java.time.Duration;
import java.util.Optional;

/** A Bot API call that failed: Telegram refused it, or it did not get through. */
public final class BotApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The code of a call that did not reach Telegram or got no readable answer. */
    public static final int UNREACHABLE = 0;

    private final int code;
    private final transient Optional<Duration> retryAfter;

    /**
     * Creates the failure.
     *
     * @param code Telegram's {@code error_code} (the HTTP status), or {@link #UNREACHABLE}
     * @param description Telegram's description or the I/O failure
     * @param retryAfter how long to wait before the next call, for a 429
     */
    public BotApiException(int code, String description, Optional<Duration> retryAfter) {
        super(code + " " + description);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** Telegram's error code, or {@link #UNREACHABLE}. */
    public int code() {
        return code;
    }

    /** How long Telegram asks to wait, for a 429. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    /** Whether the same call may succeed later: flood waits, server errors and calls that did not get through. */
    public boolean retryable() {
        return code == 429 || code >= 500 || code == UNREACHABLE;
    }

    /** Whether the user blocked the bot or left the chat, so that it may not write there. */
    public boolean forbidden() {
        return code == 403;
    }
}
