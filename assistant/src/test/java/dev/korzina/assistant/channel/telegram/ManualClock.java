package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.channel.telegram.botapi.Sleeper;
import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when something sleeps on it: rate limit waits take no real time in tests. */
final class ManualClock extends TestClock implements Sleeper {

    /** Where every manual clock starts. */
    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    ManualClock() {
        super(START);
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }
}
