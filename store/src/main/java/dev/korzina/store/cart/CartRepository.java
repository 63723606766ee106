package dev.korzina.store.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of carts, lines and the change log, on a connection whose transaction the caller owns. */
final class CartRepository {

    /** A cart row locked for a change. */
    record LockedCart(UUID id, UUID householdId, long version) {}

    /**
     * A line after a quantity move.
     *
     * @param lineId the line's id (of the removed line, when it was removed)
     * @param quantity the quantity it has now, 0 when removed
     */
    record Moved(String lineId, BigDecimal quantity) {}

    /** A change-log row that an undo may revert. */
    record Revertible(long version, List<LineSnapshot> delta) {}

    private static final TypeReference<List<LineSnapshot>> DELTA = new TypeReference<>() {};

    private final ObjectMapper json;
    private final String currency;

    CartRepository(ObjectMapper json, String currency) {
        this.json = json;
        this.currency = currency;
    }

    Optional<LockedCart> lock(Connection connection, UUID cartId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT household_id, version FROM carts WHERE id = ? FOR UPDATE")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new LockedCart(cartId, row.getObject(1, UUID.class), row.getLong(2)))
                        : Optional.empty();
            }
        }
    }

    Optional<UUID> householdOf(Connection connection, UUID cartId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT household_id FROM carts WHERE id = ?")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    Cart load(Connection connection, UUID cartId) throws SQLException {
        long version;
        Timestamp updatedAt;
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version, updated_at FROM carts WHERE id = ?")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("cart " + cartId + " vanished");
                }
                version = row.getLong(1);
                updatedAt = row.getTimestamp(2);
            }
        }
        List<CartLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, product_id, name, quantity, unit, price FROM cart_lines WHERE cart_id = ? ORDER BY added_at, id")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    BigDecimal quantity = row.getBigDecimal(4).stripTrailingZeros();
                    BigDecimal price = row.getBigDecimal(6);
                    lines.add(new CartLine(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            plain(quantity),
                            row.getString(5),
                            price));
                    if (price != null) {
                        total = total.add(price.multiply(quantity));
                    }
                }
            }
        }
        return new Cart(
                cartId.toString(),
                version,
                lines,
                total.setScale(2, RoundingMode.HALF_UP),
                currency,
                updatedAt.toInstant());
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return quantity.scale() < 0 ? quantity.setScale(0) : quantity;
    }

    Optional<LineSnapshot> lineById(Connection connection, UUID cartId, String lineId) throws SQLException {
        UUID id;
        try {
            id = UUID.fromString(lineId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return line(
                connection,
                "SELECT product_id, name, unit, price, quantity FROM cart_lines WHERE cart_id = ? AND id = ?",
                cartId,
                id);
    }

    Optional<LineSnapshot> lineByProduct(Connection connection, UUID cartId, String productId) throws SQLException {
        return line(
                connection,
                "SELECT product_id, name, unit, price, quantity FROM cart_lines WHERE cart_id = ? AND product_id = ?",
                cartId,
                productId);
    }

    private static Optional<LineSnapshot> line(Connection connection, String sql, UUID cartId, Object key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, cartId);
            select.setObject(2, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new LineSnapshot(
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                row.getBigDecimal(4),
                                row.getBigDecimal(5)))
                        : Optional.empty();
            }
        }
    }

    List<LineSnapshot> lines(Connection connection, UUID cartId) throws SQLException {
        List<LineSnapshot> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT product_id, name, unit, price, quantity FROM cart_lines WHERE cart_id = ? ORDER BY added_at, id")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.add(new LineSnapshot(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getBigDecimal(4),
                            row.getBigDecimal(5)));
                }
            }
        }
        return lines;
    }

    /**
     * Moves a product's quantity by a delta: a line is created when there was none, removed when it reaches zero.
     *
     * @return the line's id and the quantity it has now
     */
    Moved move(Connection connection, UUID cartId, LineSnapshot delta) throws SQLException {
        Optional<UUID> lineId = Optional.empty();
        BigDecimal current = BigDecimal.ZERO;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, quantity FROM cart_lines WHERE cart_id = ? AND product_id = ?")) {
            select.setObject(1, cartId);
            select.setString(2, delta.productId());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    lineId = Optional.of(row.getObject(1, UUID.class));
                    current = row.getBigDecimal(2);
                }
            }
        }
        BigDecimal quantity = current.add(delta.quantity());
        if (quantity.signum() <= 0) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM cart_lines WHERE cart_id = ? AND product_id = ?")) {
                delete.setObject(1, cartId);
                delete.setString(2, delta.productId());
                delete.executeUpdate();
            }
            return new Moved(lineId.map(UUID::toString).orElse(""), BigDecimal.ZERO);
        }
        if (lineId.isPresent()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cart_lines SET quantity = ? WHERE cart_id = ? AND product_id = ?")) {
                update.setBigDecimal(1, quantity);
                update.setObject(2, cartId);
                update.setString(3, delta.productId());
                update.executeUpdate();
            }
            return new Moved(lineId.get().toString(), quantity);
        }
        UUID created = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cart_lines (id, cart_id, product_id, name, quantity, unit, price, added_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp())")) {
            insert.setObject(1, created);
            insert.setObject(2, cartId);
            insert.setString(3, delta.productId());
            insert.setString(4, delta.name());
            insert.setBigDecimal(5, quantity);
            insert.setString(6, delta.unit());
            insert.setBigDecimal(7, delta.price());
            insert.executeUpdate();
        }
        return new Moved(created.toString(), quantity);
    }

    long bump(Connection connection, UUID cartId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE carts SET version = version + 1, updated_at = now() WHERE id = ? RETURNING version")) {
            update.setObject(1, cartId);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    void log(
            Connection connection,
            UUID cartId,
            long version,
            String type,
            Optional<CartLine> line,
            List<LineSnapshot> delta,
            UUID customerId,
            String channel)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cart_events (cart_id, version, type, product_id, line, delta, customer_id, channel)"
                        + " VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
            insert.setObject(1, cartId);
            insert.setLong(2, version);
            insert.setString(3, type);
            insert.setString(4, delta.size() == 1 ? delta.getFirst().productId() : null);
            insert.setString(5, line.isPresent() ? write(line.get()) : null);
            insert.setString(6, write(delta));
            insert.setObject(7, customerId);
            insert.setString(8, channel);
            insert.executeUpdate();
        }
    }

    Optional<Revertible> lastRevertible(Connection connection, UUID cartId, UUID customerId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, delta FROM cart_events WHERE cart_id = ? AND customer_id = ? AND undone_by IS NULL"
                        + " AND type NOT IN ('undone', 'merged', 'checked_out') AND version > COALESCE((SELECT"
                        + " max(version) FROM cart_events WHERE cart_id = ? AND type = 'checked_out'), 0)"
                        + " ORDER BY version DESC LIMIT 1")) {
            select.setObject(1, cartId);
            select.setObject(2, customerId);
            select.setObject(3, cartId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Revertible(row.getLong(1), read(row.getString(2))))
                        : Optional.empty();
            }
        }
    }

    void markUndone(Connection connection, UUID cartId, long version, long undoneBy) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE cart_events SET undone_by = ? WHERE cart_id = ? AND version = ?")) {
            update.setLong(1, undoneBy);
            update.setObject(2, cartId);
            update.setLong(3, version);
            update.executeUpdate();
        }
    }

    List<CartEvent> events(Connection connection, UUID cartId, long afterVersion) throws SQLException {
        List<CartEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, type, line, customer_id, channel, at FROM cart_events WHERE cart_id = ? AND version > ?"
                        + " ORDER BY version")) {
            select.setObject(1, cartId);
            select.setLong(2, afterVersion);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String line = row.getString(3);
                    events.add(new CartEvent(
                            row.getLong(1),
                            row.getString(2),
                            line == null ? Optional.empty() : Optional.of(readLine(line)),
                            new CartEvent.Author(row.getString(4), row.getString(5)),
                            row.getTimestamp(6).toInstant()));
                }
            }
        }
        return events;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private List<LineSnapshot> read(String delta) {
        try {
            return json.readValue(delta, DELTA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log delta " + delta, e);
        }
    }

    private CartLine readLine(String line) {
        try {
            return json.readValue(line, CartLine.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable change-log line " + line, e);
        }
    }
}
