package dev.korzina.store.cart;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every cart change made by any instance on the shared database (PostgreSQL LISTEN on
 * {@link PostgresCartStore#CHANNEL}) and hands the changed cart to this instance's subscribers. One connection is
 * held for listening; when it breaks the listener reconnects, so a database restart only delays updates.
 */
public final class CartNotifications implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CartNotifications.class.getName());
    private static final int POLL_MILLIS = 500;
    private static final long RECONNECT_MILLIS = 1000;

    private final DataSource dataSource;
    private final PostgresCartStore store;
    private final Map<UUID, Set<Consumer<Cart>>> subscribers = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean running = true;

    private CartNotifications(DataSource dataSource, PostgresCartStore store) {
        this.dataSource = dataSource;
        this.store = store;
        this.listener =
                Thread.ofPlatform().name("korzina-cart-listener").daemon().unstarted(this::listen);
    }

    /**
     * Starts listening.
     *
     * @param dataSource the shared database
     * @param store the carts, to load a changed cart once for all of its subscribers
     * @return the running listener
     */
    public static CartNotifications start(DataSource dataSource, PostgresCartStore store) {
        CartNotifications notifications = new CartNotifications(dataSource, store);
        notifications.listener.start();
        return notifications;
    }

    /**
     * Hears every later change of a cart.
     *
     * @param cartId the cart
     * @param subscriber gets the cart after each change
     * @return the subscription, to close
     */
    public CartClient.Subscription subscribe(UUID cartId, Consumer<Cart> subscriber) {
        subscribers.computeIfAbsent(cartId, id -> new CopyOnWriteArraySet<>()).add(subscriber);
        return () -> subscribers.computeIfPresent(cartId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PostgresCartStore.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        deliver(notifications);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "cart change listener lost its connection; reconnecting", e);
                    pause();
                }
            }
        }
    }

    private void deliver(PGNotification[] notifications) {
        Set<UUID> changed = new LinkedHashSet<>();
        for (PGNotification notification : notifications) {
            try {
                changed.add(UUID.fromString(notification.getParameter()));
            } catch (IllegalArgumentException e) {
                LOG.warning("ignoring a cart notification without a cart id: " + notification.getParameter());
            }
        }
        for (UUID cartId : changed) {
            Set<Consumer<Cart>> listeners = subscribers.get(cartId);
            if (listeners == null || listeners.isEmpty()) {
                continue;
            }
            store.current(cartId)
                    .ifPresent(cart -> listeners.forEach(l -> {
                        try {
                            l.accept(cart);
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "a cart subscriber failed", e);
                        }
                    }));
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops listening and drops every subscriber. */
    @Override
    public void close() {
        running = false;
        listener.interrupt();
        try {
            listener.join(POLL_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        subscribers.clear();
    }
}
