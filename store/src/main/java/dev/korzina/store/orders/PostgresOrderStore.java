package dev.korzina.store.orders;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartLine;
import dev.korzina.skills.orders.Buyer;
import dev.korzina.skills.orders.Courier;
import dev.korzina.skills.orders.EventOutcome;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.orders.OrderBook;
import dev.korzina.skills.orders.OrderLine;
import dev.korzina.skills.orders.OrderStatus;
import dev.korzina.skills.orders.StatusEvent;
import dev.korzina.store.Transactions;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Caller;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The orders on PostgreSQL. Placing an order locks the cart, checks its version, copies its lines and empties it
 * in one transaction; a status event locks its order, is recorded once per event id, and moves the order only
 * forward.
 */
public final class PostgresOrderStore implements OrderBook {

    private static final String COLUMNS = "id, number, household_id, status, placed_at, eta, courier_name,"
            + " courier_phone, total, rating FROM orders";
    private static final String ERROR = "the orders could not be read or saved";

    private final Transactions transactions;
    private final PostgresCartStore carts;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     * @param carts the carts orders are made from
     * @param clock stamps orders and events
     */
    public PostgresOrderStore(DataSource dataSource, PostgresCartStore carts, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.carts = carts;
        this.clock = clock;
    }

    @Override
    public Order place(Buyer buyer, long cartVersion) {
        UUID customer = UUID.fromString(buyer.customerId());
        UUID household = UUID.fromString(buyer.householdId());
        String role = transactions.runAutocommit(ERROR, connection -> role(connection, customer));
        Caller caller = new Caller(customer, household, role, buyer.channel());
        UUID id = UUID.randomUUID();
        return carts.checkOut(caller, buyer.cartId(), cartVersion, (connection, cart) -> {
            insert(connection, id, caller, cart);
            return load(connection, "id = ?", id).orElseThrow();
        });
    }

    @Override
    public Optional<Order> find(long number) {
        return transactions.runAutocommit(ERROR, connection -> load(connection, "number = ?", number));
    }

    @Override
    public Optional<Order> find(String householdId, long number) {
        return find(number).filter(o -> o.householdId().equals(householdId));
    }

    @Override
    public List<Order> orders(String householdId) {
        return transactions.runAutocommit(
                ERROR,
                connection -> list(
                        connection,
                        "household_id = ? ORDER BY placed_at DESC, number DESC",
                        UUID.fromString(householdId)));
    }

    @Override
    public List<Order> active() {
        return transactions.runAutocommit(
                ERROR, connection -> list(connection, "status NOT IN ('delivered', 'cancelled') ORDER BY placed_at"));
    }

    @Override
    public Optional<EventOutcome> record(long number, StatusEvent event) {
        return transactions.run(ERROR, connection -> {
            Optional<Order> locked = load(connection, "number = ? FOR UPDATE", number);
            if (locked.isEmpty()) {
                return Optional.empty();
            }
            Order order = locked.get();
            boolean moves = order.status().canMoveTo(event.status());
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO order_events (order_id, event_id, status, at, received_at, applied)"
                            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, event_id) DO NOTHING")) {
                insert.setObject(1, UUID.fromString(order.id()));
                insert.setString(2, event.eventId());
                insert.setString(3, event.status().code());
                insert.setTimestamp(4, Timestamp.from(event.at()));
                insert.setTimestamp(5, Timestamp.from(clock.instant()));
                insert.setBoolean(6, moves);
                if (insert.executeUpdate() == 0) {
                    return Optional.of(new EventOutcome.Duplicate(order));
                }
            }
            if (!moves) {
                return Optional.of(new EventOutcome.Stale(order));
            }
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE orders SET status = ?, updated_at = ?, eta = COALESCE(?, eta),"
                            + " courier_name = COALESCE(?, courier_name), courier_phone = COALESCE(?, courier_phone)"
                            + " WHERE id = ?")) {
                update.setString(1, event.status().code());
                update.setTimestamp(2, Timestamp.from(clock.instant()));
                update.setTimestamp(3, event.eta().map(Timestamp::from).orElse(null));
                update.setString(4, event.courier().map(Courier::name).orElse(null));
                update.setString(5, event.courier().map(Courier::phone).orElse(null));
                update.setObject(6, UUID.fromString(order.id()));
                update.executeUpdate();
            }
            return Optional.of(new EventOutcome.Moved(
                    load(connection, "id = ?", UUID.fromString(order.id())).orElseThrow()));
        });
    }

    @Override
    public Optional<Order> takeFeedbackDue(String householdId) {
        return transactions.runAutocommit(ERROR, connection -> {
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE orders SET feedback_asked_at = ? WHERE id = (SELECT id FROM orders WHERE household_id = ?"
                            + " AND status = 'delivered' AND feedback_asked_at IS NULL ORDER BY placed_at DESC LIMIT 1"
                            + " FOR UPDATE SKIP LOCKED) RETURNING id")) {
                claim.setTimestamp(1, Timestamp.from(clock.instant()));
                claim.setObject(2, UUID.fromString(householdId));
                Optional<UUID> claimed;
                try (ResultSet row = claim.executeQuery()) {
                    claimed = row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
                return claimed.isPresent() ? load(connection, "id = ?", claimed.get()) : Optional.<Order>empty();
            }
        });
    }

    @Override
    public boolean rate(String householdId, long number, int rating) {
        return transactions.run(ERROR, connection -> {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE orders SET rating = ? WHERE household_id = ? AND number = ?")) {
                update.setInt(1, rating);
                update.setObject(2, UUID.fromString(householdId));
                update.setLong(3, number);
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<OrderLine> deliveredLines(String householdId) {
        return orders(householdId).stream()
                .filter(o -> o.status() == OrderStatus.DELIVERED)
                .flatMap(o -> o.lines().stream())
                .toList();
    }

    private void insert(Connection connection, UUID id, Caller caller, Cart cart) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO orders (id, household_id, customer_id, channel, status, total, placed_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 'placed', ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, caller.householdId());
            insert.setObject(3, caller.customerId());
            insert.setString(4, caller.channel());
            insert.setBigDecimal(5, cart.total());
            insert.setTimestamp(6, now);
            insert.setTimestamp(7, now);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO order_lines (order_id, position, product_id, name, quantity, unit, price)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (CartLine line : cart.lines()) {
                insert.setObject(1, id);
                insert.setInt(2, position++);
                insert.setString(3, line.productId());
                insert.setString(4, line.name());
                insert.setBigDecimal(5, line.quantity());
                insert.setString(6, line.unit());
                insert.setBigDecimal(7, line.price());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String role(Connection connection, UUID customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT role FROM customers WHERE id = ?")) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "member";
            }
        }
    }

    private Optional<Order> load(Connection connection, String where, Object key) throws SQLException {
        return list(connection, where, key).stream().findFirst();
    }

    private List<Order> list(Connection connection, String where, Object... keys) throws SQLException {
        List<Order> orders = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE " + where)) {
            for (int i = 0; i < keys.length; i++) {
                select.setObject(i + 1, keys[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    Optional<String> courier = Optional.ofNullable(row.getString(7));
                    String phone = row.getString(8);
                    int rating = row.getInt(10);
                    OptionalInt rated = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(rating);
                    orders.add(new Order(
                            id.toString(),
                            row.getLong(2),
                            row.getObject(3, UUID.class).toString(),
                            OrderStatus.fromCode(row.getString(4)).orElseThrow(),
                            row.getTimestamp(5).toInstant(),
                            Optional.ofNullable(row.getTimestamp(6)).map(Timestamp::toInstant),
                            courier.map(name -> new Courier(name, phone == null ? "" : phone)),
                            List.of(),
                            row.getBigDecimal(9),
                            rated));
                }
            }
        }
        List<Order> withLines = new ArrayList<>();
        for (Order order : orders) {
            withLines.add(withLines(connection, order));
        }
        return withLines;
    }

    private static Order withLines(Connection connection, Order order) throws SQLException {
        List<OrderLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT product_id, name, quantity, unit, price FROM order_lines WHERE order_id = ? ORDER BY position")) {
            select.setObject(1, UUID.fromString(order.id()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.add(new OrderLine(
                            row.getString(1),
                            row.getString(2),
                            row.getBigDecimal(3),
                            row.getString(4),
                            Optional.ofNullable(row.getBigDecimal(5))));
                }
            }
        }
        return new Order(
                order.id(),
                order.number(),
                order.householdId(),
                order.status(),
                order.placedAt(),
                order.eta(),
                order.courier(),
                lines,
                order.total(),
                order.rating());
    }
}
