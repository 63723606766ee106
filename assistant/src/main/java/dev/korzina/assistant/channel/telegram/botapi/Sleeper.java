package dev.korzina.assistant.channel.telegram.botapi;

import java.time.Duration;

/** Waits; tests pass one that moves a manual clock instead. */
@FunctionalInterface
public interface Sleeper {

    /** Waits with {@link Thread#sleep}. */
    Sleeper REAL = duration -> Thread.sleep(duration);

    /**
     * Waits for a while.
     *
     * @param duration how long
     * @throws InterruptedException when the thread is stopped
     */
    void sleep(Duration duration) throws InterruptedException;
}
