package dev.korzina.assistant.config;

import dev.korzina.skills.orders.CheckoutRules;
import dev.korzina.skills.orders.StoreSimulator.Timetable;
import dev.korzina.skills.push.QuietHours;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code orders} section: the store's terms, the simulated store, the status webhook and the notices.
 *
 * @param checkout minimum order, free delivery threshold, delivery slot and time zone
 * @param timetable when the simulated store reaches each status
 * @param tick how often the simulated store moves orders and held notices are released
 * @param webhookSecret the secret the store signs its status events with; empty refuses every event
 * @param webhookWindow how far an event's timestamp may be from now
 * @param quietHours when nothing is pushed to households
 */
public record OrderSettings(
        CheckoutRules checkout,
        Timetable timetable,
        Duration tick,
        Optional<String> webhookSecret,
        Duration webhookWindow,
        QuietHours quietHours) {

    /** Checks the values. */
    public OrderSettings {
        Objects.requireNonNull(checkout, "checkout");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(tick, "tick");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(webhookWindow, "webhookWindow");
        Objects.requireNonNull(quietHours, "quietHours");
        if (tick.isZero() || tick.isNegative()) {
            throw new IllegalArgumentException("orders.simulator.tick must be positive");
        }
    }
}
