package dev.korzina.assistant.dialog;

import dev.korzina.assistant.config.OrderSettings;
import dev.korzina.skills.OrderDesk;
import dev.korzina.skills.OrderTracker;
import dev.korzina.skills.orders.StoreSimulator;
import dev.korzina.skills.push.Notifier;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.orders.PostgresNotices;
import dev.korzina.store.orders.PostgresOrderStore;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The orders wired to the database: the order book, the simulated store, the tracker that applies status events
 * and tells households, and the notices.
 *
 * @param notices keeps each household's news and pushes it to the push channels
 * @param tracker applies status events, from the webhook or the simulator
 * @param simulator the built-in store
 * @param desk what the dialog engine's order skills use
 */
public record OrderParts(PostgresNotices notices, OrderTracker tracker, StoreSimulator simulator, OrderDesk desk) {

    private static final Logger LOG = Logger.getLogger(OrderParts.class.getName());

    /**
     * Wires the orders.
     *
     * @param settings the {@code orders} section of the configuration
     * @param dataSource the database, migrated
     * @param carts the carts orders are made from
     * @param clock the time; a test's clock makes the simulated store deterministic
     * @param pushChannels the channels that can push notices (Telegram); may be empty
     * @return the parts
     */
    public static OrderParts wire(
            OrderSettings settings,
            DataSource dataSource,
            PostgresCartStore carts,
            Clock clock,
            List<Notifier> pushChannels) {
        PostgresNotices notices = new PostgresNotices(dataSource, clock, settings.quietHours(), pushChannels);
        OrderTracker tracker = new OrderTracker(
                new PostgresOrderStore(dataSource, carts, clock),
                notices,
                settings.checkout().zone());
        StoreSimulator simulator = new StoreSimulator(settings.timetable(), clock);
        return new OrderParts(
                notices, tracker, simulator, new OrderDesk(tracker, simulator, settings.checkout(), notices));
    }

    /**
     * One beat of the housekeeping: the simulated store moves the orders whose time has come, and notices held
     * through the quiet hours are pushed. A failure is logged and the next beat tries again.
     */
    public void tick() {
        try {
            tracker.advance(simulator);
            notices.releaseHeld();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "orders could not be moved on; trying again at the next tick", e);
        }
    }
}
