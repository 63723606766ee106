package dev.korzina.skills.orders;

/** What a status event did to its order. */
public sealed interface EventOutcome {

    /** The order after the event. */
    Order order();

    /**
     * The order moved to the event's status.
     *
     * @param order the order after the event
     */
    record Moved(Order order) implements EventOutcome {}

    /**
     * The event was seen before; nothing changed.
     *
     * @param order the order as it is
     */
    record Duplicate(Order order) implements EventOutcome {}

    /**
     * The event reports a status the order has passed already (it came late); it is kept but changes nothing.
     *
     * @param order the order as it is
     */
    record Stale(Order order) implements EventOutcome {}
}
