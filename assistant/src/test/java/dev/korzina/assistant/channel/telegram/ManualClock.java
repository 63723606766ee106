package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.channel.telegram.botapi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when something sleeps on it: rate limit waits take no real time in tests. */
final class ManualClock extends Clock implements Sleeper {

    /** Where every manual clock starts. */
    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    @Override
    public void sleep(Duration duration) {
        now.accumulateAndGet(Instant.EPOCH.plus(duration), (at, by) -> at.plus(Duration.between(Instant.EPOCH, by)));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
