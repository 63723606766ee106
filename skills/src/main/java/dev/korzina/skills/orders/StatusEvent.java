package dev.korzina.skills.orders;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store reports about an order. Each event has an id; an event seen before changes nothing.
 *
 * @param eventId the store's id of the event, unique per order
 * @param status the status it reports
 * @param eta the expected delivery time, if the store gives one
 * @param courier the courier, if the store gives one
 * @param at when it happened at the store
 */
public record StatusEvent(
        String eventId, OrderStatus status, Optional<Instant> eta, Optional<Courier> courier, Instant at) {

    /** Checks the values. */
    public StatusEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(courier, "courier");
        Objects.requireNonNull(at, "at");
    }
}
