package dev.korzina.skills;

import dev.korzina.skills.orders.EventOutcome;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.orders.OrderBook;
import dev.korzina.skills.orders.OrderStatus;
import dev.korzina.skills.orders.StatusEvent;
import dev.korzina.skills.orders.StoreSimulator;
import dev.korzina.skills.push.Notifier;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Applies the store's status events to orders and tells the household when its order moves. Every event goes
 * through here, whether the store's webhook or the simulator reports it; a duplicate or late event changes nothing
 * and tells nobody.
 */
public final class OrderTracker {

    private final OrderBook book;
    private final Notifier notifier;
    private final OrderSpeech speech;

    /**
     * Creates the tracker.
     *
     * @param book the orders
     * @param notifier tells households the news
     * @param zone the time zone delivery times are said in
     */
    public OrderTracker(OrderBook book, Notifier notifier, ZoneId zone) {
        this.book = book;
        this.notifier = notifier;
        this.speech = new OrderSpeech(zone);
    }

    /**
     * Applies one event of the store.
     *
     * @param number the order number
     * @param event the event
     * @return what it did, or empty when there is no such order
     */
    public Optional<EventOutcome> apply(long number, StatusEvent event) {
        Optional<EventOutcome> outcome = book.record(number, event);
        outcome.filter(EventOutcome.Moved.class::isInstance)
                .map(EventOutcome::order)
                .filter(order -> order.status() != OrderStatus.ACCEPTED)
                .ifPresent(order -> notifier.notify(order.householdId(), speech.notice(order)));
        return outcome;
    }

    /**
     * Applies whatever the simulated store has done by now to every active order.
     *
     * @param simulator the store
     * @return how many orders moved
     */
    public int advance(StoreSimulator simulator) {
        int moved = 0;
        for (Order order : book.active()) {
            Optional<EventOutcome> outcome = simulator.due(order).flatMap(event -> apply(order.number(), event));
            if (outcome.filter(EventOutcome.Moved.class::isInstance).isPresent()) {
                moved++;
            }
        }
        return moved;
    }

    /** The orders. */
    public OrderBook book() {
        return book;
    }
}
