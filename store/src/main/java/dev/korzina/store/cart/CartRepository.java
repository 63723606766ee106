package dev.korzina.store.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartLine;
import dev.korzina.cart.ProductNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** The SQL of carts, lines and the change log, on a connection whose transaction the caller owns. */
final class CartRepository {

    /**
     * Something read about a cart, with the household the cart belongs to (to check the caller against).
     *
     * @param <T> what was read
     */
    record Owned<T>(UUID householdId, T value) {}

    /**
     * A cart row locked for a change, with the catalog products the change names.
     *
     * @param products the products by id, each as a line of quantity 0
     */
    record LockedCart(UUID id, UUID householdId, long version, Map<String, LineSnapshot> products) {

        /** A product the change names, as the cart will hold it. */
        LineSnapshot product(String productId) {
            LineSnapshot product = products.get(productId);
            if (product == null) {
                throw new ProductNotFoundException("the catalog has no product " + productId);
            }
            return product;
        }
    }

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

    /** Adds a line's quantity to the product's line in the cart, creating the line when there is none. */
    private static final String UPSERT_LINE =
            "INSERT INTO cart_lines (id, cart_id, product_id, name, quantity, unit, price, added_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, clock_timestamp()) ON CONFLICT (cart_id, product_id)"
                    + " DO UPDATE SET quantity = cart_lines.quantity + EXCLUDED.quantity";

    private final ObjectMapper json;
    private final String currency;

    CartRepository(ObjectMapper json, String currency) {
        this.json = json;
        this.currency = currency;
    }

    Optional<LockedCart> lock(Connection connection, UUID cartId) throws SQLException {
        return lock(connection, cartId, List.of());
    }

    /**
     * Locks the cart row for a change and, in the same round trip, reads the catalog products the change names.
     *
     * @param productIds the products to read (those not in the catalog are left out)
     * @return the locked cart with the products found, or empty when there is no such cart
     */
    Optional<LockedCart> lock(Connection connection, UUID cartId, List<String> productIds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.household_id, c.version, p.id, p.name, p.unit, p.size, p.price FROM carts c"
                        + " LEFT JOIN products p ON p.id = ANY(?) WHERE c.id = ? FOR UPDATE OF c")) {
            select.setArray(1, connection.createArrayOf("text", productIds.toArray()));
            select.setObject(2, cartId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UUID household = row.getObject(1, UUID.class);
                long version = row.getLong(2);
                Map<String, LineSnapshot> products = new HashMap<>();
                do {
                    String productId = row.getString(3);
                    if (productId != null) {
                        boolean byWeight = "kg".equals(row.getString(5)) && row.getBigDecimal(6) == null;
                        products.put(
                                productId,
                                new LineSnapshot(
                                        productId,
                                        row.getString(4),
                                        byWeight ? "kg" : "pcs",
                                        row.getBigDecimal(7),
                                        BigDecimal.ZERO));
                    }
                } while (row.next());
                return Optional.of(new LockedCart(cartId, household, version, products));
            }
        }
    }

    /**
     * The cart and its household, read by one query.
     *
     * @return the cart, or empty when there is none
     */
    Optional<Owned<Cart>> find(Connection connection, UUID cartId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT c.household_id, c.version, c.updated_at, l.id, l.product_id, l.name, l.quantity, l.unit,"
                        + " l.price FROM carts c LEFT JOIN cart_lines l ON l.cart_id = c.id WHERE c.id = ?"
                        + " ORDER BY l.added_at, l.id")) {
            select.setObject(1, cartId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UUID household = row.getObject(1, UUID.class);
                long version = row.getLong(2);
                Timestamp updatedAt = row.getTimestamp(3);
                List<CartLine> lines = new ArrayList<>();
                BigDecimal total = BigDecimal.ZERO;
                do {
                    if (row.getString(4) != null) {
                        BigDecimal quantity = row.getBigDecimal(7).stripTrailingZeros();
                        BigDecimal price = row.getBigDecimal(9);
                        lines.add(new CartLine(
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                plain(quantity),
                                row.getString(8),
                                price));
                        if (price != null) {
                            total = total.add(price.multiply(quantity));
                        }
                    }
                } while (row.next());
                return Optional.of(new Owned<>(
                        household,
                        new Cart(
                                cartId.toString(),
                                version,
                                lines,
                                total.setScale(2, RoundingMode.HALF_UP),
                                currency,
                                updatedAt.toInstant())));
            }
        }
    }

    Cart load(Connection connection, UUID cartId) throws SQLException {
        return find(connection, cartId)
                .map(Owned::value)
                .orElseThrow(() -> new SQLException("cart " + cartId + " vanished"));
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
     * One statement, or two when a line loses only part of its quantity.
     *
     * @return the line's id and the quantity it has now
     */
    Moved move(Connection connection, UUID cartId, LineSnapshot delta) throws SQLException {
        if (delta.quantity().signum() > 0) {
            return upsert(connection, cartId, delta);
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM cart_lines WHERE cart_id = ? AND product_id = ? AND quantity + ? <= 0 RETURNING id, 0")) {
            delete.setObject(1, cartId);
            delete.setString(2, delta.productId());
            delete.setBigDecimal(3, delta.quantity());
            Optional<Moved> removed = moved(delete);
            if (removed.isPresent()) {
                return removed.get();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE cart_lines SET quantity = quantity + ? WHERE cart_id = ? AND product_id = ?"
                        + " RETURNING id, quantity")) {
            update.setBigDecimal(1, delta.quantity());
            update.setObject(2, cartId);
            update.setString(3, delta.productId());
            return moved(update).orElse(new Moved("", BigDecimal.ZERO));
        }
    }

    /** Adds a positive delta to a product's line, creating it when there is none; answers what the line holds. */
    private static Moved upsert(Connection connection, UUID cartId, LineSnapshot delta) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_LINE + " RETURNING id, quantity")) {
            bindLine(upsert, cartId, delta);
            return moved(upsert).orElseThrow();
        }
    }

    /** Binds the seven parameters of {@link #UPSERT_LINE}. */
    private static void bindLine(PreparedStatement statement, UUID cartId, LineSnapshot delta) throws SQLException {
        statement.setObject(1, UUID.randomUUID());
        statement.setObject(2, cartId);
        statement.setString(3, delta.productId());
        statement.setString(4, delta.name());
        statement.setBigDecimal(5, delta.quantity());
        statement.setString(6, delta.unit());
        statement.setBigDecimal(7, delta.price());
    }

    /**
     * Adds a positive delta to a product's line (creating it when there is none), bumps the cart's version and logs
     * the change, in one statement, unless the line would then hold more than a maximum. The logged line is the
     * given one with the line's id and the quantity it now holds ({@code line_id} and {@code quantity} in the
     * change log's JSON); the change is {@code line_added} when the line is new, else {@code quantity_changed}.
     *
     * @param line the line as the log keeps it, before its id and quantity are known
     * @return the new version, or empty when the line would be over the maximum (nothing is written then)
     */
    OptionalLong addAndLog(
            Connection connection,
            UUID cartId,
            LineSnapshot delta,
            CartLine line,
            BigDecimal maximum,
            UUID customerId,
            String channel)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("WITH moved AS (" + UPSERT_LINE
                + " WHERE cart_lines.quantity + EXCLUDED.quantity <= ? RETURNING id, quantity),"
                + " bumped AS (UPDATE carts SET version = version + 1, updated_at = now() WHERE id = ?"
                + " AND EXISTS (SELECT 1 FROM moved) RETURNING version)"
                + " INSERT INTO cart_events (cart_id, version, type, product_id, line, delta, customer_id,"
                + " channel) SELECT ?, b.version, CASE WHEN m.quantity = ? THEN 'line_added'"
                + " ELSE 'quantity_changed' END, ?, ?::jsonb || jsonb_build_object('line_id', m.id::text,"
                + " 'quantity', m.quantity), ?::jsonb, ?, ? FROM moved m, bumped b RETURNING version")) {
            bindLine(insert, cartId, delta);
            insert.setBigDecimal(8, maximum);
            insert.setObject(9, cartId);
            insert.setObject(10, cartId);
            insert.setBigDecimal(11, delta.quantity());
            insert.setString(12, delta.productId());
            insert.setString(13, write(line));
            insert.setString(14, write(List.of(delta)));
            insert.setObject(15, customerId);
            insert.setString(16, channel);
            try (ResultSet row = insert.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static Optional<Moved> moved(PreparedStatement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            return row.next()
                    ? Optional.of(new Moved(row.getObject(1, UUID.class).toString(), row.getBigDecimal(2)))
                    : Optional.empty();
        }
    }

    /**
     * Bumps the cart's version and logs the change under the new version, in one statement; the database announces
     * the change on {@link PostgresCartStore#CHANNEL} when the version moves (a trigger).
     *
     * @return the new version
     */
    long logChange(
            Connection connection,
            UUID cartId,
            String type,
            Optional<CartLine> line,
            List<LineSnapshot> delta,
            UUID customerId,
            String channel)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "WITH bumped AS (UPDATE carts SET version = version + 1, updated_at = now() WHERE id = ?"
                        + " RETURNING version) INSERT INTO cart_events (cart_id, version, type, product_id, line,"
                        + " delta, customer_id, channel) SELECT ?, version, ?, ?, ?::jsonb, ?::jsonb, ?, ?"
                        + " FROM bumped RETURNING version")) {
            insert.setObject(1, cartId);
            insert.setObject(2, cartId);
            insert.setString(3, type);
            insert.setString(4, delta.size() == 1 ? delta.getFirst().productId() : null);
            insert.setString(5, line.isPresent() ? write(line.get()) : null);
            insert.setString(6, write(delta));
            insert.setObject(7, customerId);
            insert.setString(8, channel);
            try (ResultSet row = insert.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("cart " + cartId + " vanished");
                }
                return row.getLong(1);
            }
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

    /**
     * The change log after a version and the cart's household, read by one query.
     *
     * @return the changes, oldest first, or empty when there is no such cart
     */
    Optional<Owned<List<CartEvent>>> events(Connection connection, UUID cartId, long afterVersion) throws SQLException {
        return afterVersion(
                connection,
                "SELECT c.household_id, e.version, e.type, e.line, e.customer_id, e.channel, e.at FROM carts c"
                        + " LEFT JOIN cart_events e ON e.cart_id = c.id AND e.version > ? WHERE c.id = ?"
                        + " ORDER BY e.version",
                cartId,
                afterVersion,
                row -> {
                    List<CartEvent> events = new ArrayList<>();
                    do {
                        if (row.getObject(2) != null) {
                            String line = row.getString(4);
                            events.add(new CartEvent(
                                    row.getLong(2),
                                    row.getString(3),
                                    line == null ? Optional.empty() : Optional.of(readLine(line)),
                                    new CartEvent.Author(row.getString(5), row.getString(6)),
                                    row.getTimestamp(7).toInstant()));
                        }
                    } while (row.next());
                    return events;
                });
    }

    /**
     * How many times each product came into the cart as a new line after a version, and the cart's household, read
     * by one grouping query (no change-log JSON is read).
     *
     * @return the counts, or empty when there is no such cart
     */
    Optional<Owned<Map<String, Integer>>> additions(Connection connection, UUID cartId, long afterVersion)
            throws SQLException {
        return afterVersion(
                connection,
                "SELECT c.household_id, e.product_id, count(e.version) FROM carts c LEFT JOIN cart_events e"
                        + " ON e.cart_id = c.id AND e.version > ? AND e.type = 'line_added' WHERE c.id = ?"
                        + " GROUP BY c.household_id, e.product_id",
                cartId,
                afterVersion,
                row -> {
                    Map<String, Integer> counts = new HashMap<>();
                    do {
                        if (row.getString(2) != null) {
                            counts.put(row.getString(2), row.getInt(3));
                        }
                    } while (row.next());
                    return counts;
                });
    }

    /** Reads the rows of a cart's query, positioned on the first one. */
    @FunctionalInterface
    private interface CartRows<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a query of a cart's change log after a version (its parameters: the version, then the cart) whose rows
     * start with the cart's household, a LEFT JOIN keeping one row when nothing matches.
     *
     * @return what the rows make, with the household, or empty when there is no such cart
     */
    private static <T> Optional<Owned<T>> afterVersion(
            Connection connection, String sql, UUID cartId, long afterVersion, CartRows<T> rows) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, afterVersion);
            select.setObject(2, cartId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                UUID household = row.getObject(1, UUID.class);
                return Optional.of(new Owned<>(household, rows.read(row)));
            }
        }
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
