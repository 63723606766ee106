package dev.korzina.store.cart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartException;
import dev.korzina.cart.CartLine;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.cart.Refusals;
import dev.korzina.cart.VersionConflictException;
import dev.korzina.store.Transactions;
import dev.korzina.store.identity.Caller;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The shared cart on PostgreSQL. A change locks its cart row, so changes to one cart apply one at a time in
 * arrival order (50 concurrent "+1" give +50); it then checks {@code If-Match}, replays a known idempotency key,
 * applies itself, bumps the version, writes the change log and notifies listeners, all in one transaction: a
 * change is acknowledged only once it is committed.
 */
public final class PostgresCartStore {

    /**
     * The PostgreSQL notification channel every cart change is announced on, by the database itself when the cart's
     * version moves; the payload is the cart id.
     */
    public static final String CHANNEL = "cart_changed";

    private final Transactions transactions;
    private final ObjectMapper json;
    private final CartSettings settings;
    private final CartRepository carts;

    /**
     * Creates the store.
     *
     * @param dataSource a migrated database
     * @param json the mapper that writes carts as the API does (replayed answers are stored as JSON)
     * @param settings the cart rules
     */
    public PostgresCartStore(DataSource dataSource, ObjectMapper json, CartSettings settings) {
        this.transactions = new Transactions(dataSource);
        this.json = json;
        this.settings = settings;
        this.carts = new CartRepository(json, settings.currency());
    }

    /**
     * The cart now.
     *
     * @param caller who asks
     * @param cartId the cart
     * @return the cart
     */
    public Cart get(Caller caller, String cartId) {
        return owned(caller, cartId, carts::find);
    }

    /**
     * The cart now, for this server's own listeners (no caller check).
     *
     * @param cartId the cart
     * @return the cart, or empty when it no longer exists
     */
    public Optional<Cart> current(UUID cartId) {
        return transactions
                .runAutocommit("the cart could not be read", connection -> carts.find(connection, cartId))
                .map(CartRepository.Owned::value);
    }

    /**
     * The change log after a version.
     *
     * @param caller who asks
     * @param cartId the cart
     * @param afterVersion only later changes
     * @return the changes, oldest first
     */
    public List<CartEvent> events(Caller caller, String cartId, long afterVersion) {
        return owned(caller, cartId, (connection, id) -> carts.events(connection, id, afterVersion));
    }

    /**
     * How many times each product came into the cart as a new line after a version, counted by the database.
     *
     * @param caller who asks
     * @param cartId the cart
     * @param afterVersion only later changes
     * @return the count by product id
     */
    public Map<String, Integer> additions(Caller caller, String cartId, long afterVersion) {
        return owned(caller, cartId, (connection, id) -> carts.additions(connection, id, afterVersion));
    }

    /** A read of something about one cart, with the cart's household. */
    @FunctionalInterface
    private interface CartRead<T> {
        Optional<CartRepository.Owned<T>> read(Connection connection, UUID cartId) throws SQLException;
    }

    /** Reads something about a cart in autocommit, if the cart exists and the caller may use it. */
    private <T> T owned(Caller caller, String cartId, CartRead<T> read) {
        UUID id = parseCartId(cartId);
        CartRepository.Owned<T> owned = transactions
                .runAutocommit("the cart could not be read", connection -> read.read(connection, id))
                .orElseThrow(() -> new CartNotFoundException("there is no cart " + cartId));
        authorize(caller, owned.householdId());
        return owned.value();
    }

    /**
     * Applies one change.
     *
     * @param caller who changes the cart, recorded in the change log
     * @param cartId the cart
     * @param change what to change
     * @param options {@code If-Match} version and idempotency key
     * @return the cart after the change (or the first answer, for a repeated idempotency key)
     */
    public Cart change(Caller caller, String cartId, CartChange change, ChangeOptions options) {
        UUID id = parseCartId(cartId);
        return transactions.run("the cart could not be saved", connection -> {
            CartRepository.LockedCart cart = lock(connection, id, List.of(change));
            authorize(caller, cart.householdId());
            Optional<Cart> replay = replay(connection, caller, options.idempotencyKey());
            if (replay.isPresent()) {
                return replay.get();
            }
            if (options.ifMatch().filter(v -> v != cart.version()).isPresent()) {
                throw new VersionConflictException(carts.load(connection, id));
            }
            apply(connection, caller, cart, change);
            Cart after = carts.load(connection, id);
            if (options.idempotencyKey().isPresent()) {
                remember(connection, caller, options.idempotencyKey().get(), after);
            }
            return after;
        });
    }

    /**
     * Applies changes in order in one transaction, acknowledged by one commit; each is its own version and change-log
     * entry. A change the cart refuses is skipped before it writes anything, and the others still apply.
     *
     * @param caller who changes the cart, recorded in the change log
     * @param cartId the cart
     * @param changes what to change, in order
     * @return the cart after the changes
     */
    public Cart changeAll(Caller caller, String cartId, List<CartChange> changes) {
        UUID id = parseCartId(cartId);
        return transactions.run("the cart could not be saved", connection -> {
            CartRepository.LockedCart cart = lock(connection, id, changes);
            authorize(caller, cart.householdId());
            for (CartChange change : changes) {
                try {
                    apply(connection, caller, cart, change);
                } catch (CartException e) {
                    Refusals.skip(change, e);
                }
            }
            return carts.load(connection, id);
        });
    }

    /**
     * Work done with a cart's lines in the transaction that empties the cart: placing an order from them.
     *
     * @param <T> what it answers
     */
    @FunctionalInterface
    public interface CheckoutWork<T> {
        /**
         * Does the work.
         *
         * @param connection the transaction's connection
         * @param cart the cart as it is checked out, not empty
         * @return the answer
         * @throws SQLException when the database fails
         */
        T run(Connection connection, Cart cart) throws SQLException;
    }

    /**
     * Hands the cart's lines to some work and empties the cart in the same transaction, if the cart is still at
     * the given version: the lines are neither lost nor used twice. The change is logged as {@code checked_out};
     * undo cannot bring back what was checked out, nor anything changed before it.
     *
     * @param caller who checks out
     * @param cartId the cart
     * @param version the version the caller saw
     * @param work what to do with the lines (place the order)
     * @param <T> what the work answers
     * @return the work's answer
     * @throws VersionConflictException when the cart is at another version
     * @throws InvalidRequestException when the cart is empty
     */
    public <T> T checkOut(Caller caller, String cartId, long version, CheckoutWork<T> work) {
        UUID id = parseCartId(cartId);
        return transactions.run("the order could not be placed", connection -> {
            CartRepository.LockedCart locked = carts.lock(connection, id)
                    .orElseThrow(() -> new CartNotFoundException("there is no cart " + cartId));
            authorize(caller, locked.householdId());
            Cart cart = carts.load(connection, id);
            if (locked.version() != version) {
                throw new VersionConflictException(cart);
            }
            if (cart.lines().isEmpty()) {
                throw new InvalidRequestException(Optional.empty(), "the cart is empty");
            }
            T result = work.run(connection, cart);
            List<LineSnapshot> removed = carts.lines(connection, id).stream()
                    .map(l -> l.withQuantity(l.quantity().negate()))
                    .toList();
            record(connection, caller, id, "checked_out", removed);
            return result;
        });
    }

    /** Locks the cart and reads the products the changes add. */
    private CartRepository.LockedCart lock(Connection connection, UUID cartId, List<CartChange> changes)
            throws SQLException {
        List<String> added = changes.stream()
                .flatMap(c -> c instanceof CartChange.Add add ? Stream.of(add.productId()) : Stream.empty())
                .toList();
        return carts.lock(connection, cartId, added)
                .orElseThrow(() -> new CartNotFoundException("there is no cart " + cartId));
    }

    private void apply(Connection connection, Caller caller, CartRepository.LockedCart cart, CartChange change)
            throws SQLException {
        UUID cartId = cart.id();
        switch (change) {
            case CartChange.Add add -> add(connection, caller, cartId, cart.product(add.productId()), add);
            case CartChange.SetQuantity set -> setQuantity(connection, caller, cartId, set);
            case CartChange.Remove remove -> {
                LineSnapshot line = existingLine(connection, cartId, remove.lineId());
                record(
                        connection,
                        caller,
                        cartId,
                        "line_removed",
                        List.of(line.withQuantity(line.quantity().negate())));
            }
            case CartChange.Clear clear -> {
                List<LineSnapshot> removed = carts.lines(connection, cartId).stream()
                        .map(l -> l.withQuantity(l.quantity().negate()))
                        .toList();
                record(connection, caller, cartId, "cleared", removed);
            }
            case CartChange.Undo undo -> undo(connection, caller, cartId);
        }
    }

    private void add(Connection connection, Caller caller, UUID cartId, LineSnapshot product, CartChange.Add add)
            throws SQLException {
        validate(add.quantity(), product.unit(), false);
        checkMaximum(add.quantity());
        LineSnapshot delta = product.withQuantity(add.quantity());
        CartLine line = new CartLine("", delta.productId(), delta.name(), add.quantity(), delta.unit(), delta.price());
        carts.addAndLog(connection, cartId, delta, line, settings.maxQuantity(), caller.customerId(), caller.channel())
                .orElseThrow(this::overMaximum);
    }

    private void setQuantity(Connection connection, Caller caller, UUID cartId, CartChange.SetQuantity set)
            throws SQLException {
        LineSnapshot line = existingLine(connection, cartId, set.lineId());
        validate(set.quantity(), line.unit(), true);
        checkMaximum(set.quantity());
        String type = set.quantity().signum() == 0 ? "line_removed" : "quantity_changed";
        record(
                connection,
                caller,
                cartId,
                type,
                List.of(line.withQuantity(set.quantity().subtract(line.quantity()))));
    }

    private void undo(Connection connection, Caller caller, UUID cartId) throws SQLException {
        CartRepository.Revertible last = carts.lastRevertible(connection, cartId, caller.customerId())
                .orElseThrow(() -> new InvalidRequestException(Optional.empty(), "there is nothing of yours to undo"));
        List<LineSnapshot> inverse = last.delta().stream()
                .map(d -> d.withQuantity(d.quantity().negate()))
                .toList();
        long version = record(connection, caller, cartId, "undone", inverse);
        carts.markUndone(connection, cartId, last.version(), version);
    }

    /** Moves the lines by the deltas, bumps the version and logs the change; returns the new version. */
    private long record(Connection connection, Caller caller, UUID cartId, String type, List<LineSnapshot> delta)
            throws SQLException {
        return log(connection, caller, cartId, type, delta, move(connection, cartId, delta));
    }

    /** Moves the lines by the deltas; answers the line a single delta leaves (with what it took, if removed). */
    private Optional<CartLine> move(Connection connection, UUID cartId, List<LineSnapshot> delta) throws SQLException {
        Optional<CartLine> line = Optional.empty();
        for (LineSnapshot d : delta) {
            line = Optional.of(lineAfter(d, carts.move(connection, cartId, d)));
        }
        return delta.size() == 1 ? line : Optional.empty();
    }

    /** The line a delta left, as the change log keeps it: with the quantity taken when the line went away. */
    private static CartLine lineAfter(LineSnapshot delta, CartRepository.Moved moved) {
        BigDecimal now = moved.quantity();
        return new CartLine(
                moved.lineId(),
                delta.productId(),
                delta.name(),
                now.signum() == 0 ? delta.quantity().abs() : now,
                delta.unit(),
                delta.price());
    }

    private long log(
            Connection connection,
            Caller caller,
            UUID cartId,
            String type,
            List<LineSnapshot> delta,
            Optional<CartLine> line)
            throws SQLException {
        return carts.logChange(connection, cartId, type, line, delta, caller.customerId(), caller.channel());
    }

    private LineSnapshot existingLine(Connection connection, UUID cartId, String lineId) throws SQLException {
        return carts.lineById(connection, cartId, lineId)
                .orElseThrow(() -> new CartNotFoundException("the cart has no line " + lineId));
    }

    private static void validate(BigDecimal quantity, String unit, boolean zeroAllowed) {
        if (quantity.signum() < 0 || (!zeroAllowed && quantity.signum() == 0)) {
            throw new InvalidRequestException(
                    Optional.of("quantity"), "quantity must be " + (zeroAllowed ? "0 or more" : "more than 0"));
        }
        if (!unit.equals("kg") && quantity.stripTrailingZeros().scale() > 0) {
            throw new InvalidRequestException(
                    Optional.of("quantity"), "this product is sold by the piece: quantity must be a whole number");
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new InvalidRequestException(Optional.of("quantity"), "quantity has more than 3 decimals");
        }
    }

    private void checkMaximum(BigDecimal quantity) {
        if (quantity.compareTo(settings.maxQuantity()) > 0) {
            throw overMaximum();
        }
    }

    private InvalidRequestException overMaximum() {
        return new InvalidRequestException(
                Optional.of("quantity"),
                "a line may hold at most " + settings.maxQuantity().toPlainString() + " of a product");
    }

    private Optional<Cart> replay(Connection connection, Caller caller, Optional<String> key) throws SQLException {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT body FROM idempotency_keys WHERE customer_id = ? AND key = ?"
                        + " AND created_at > now() - interval '24 hours'")) {
            select.setObject(1, caller.customerId());
            select.setString(2, key.get());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(readCart(row.getString(1))) : Optional.empty();
            }
        }
    }

    private void remember(Connection connection, Caller caller, String key, Cart answer) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_keys (customer_id, key, status, body) VALUES (?, ?, 200, ?)"
                        + " ON CONFLICT (customer_id, key) DO UPDATE SET status = excluded.status, body = excluded.body,"
                        + " created_at = now()")) {
            insert.setObject(1, caller.customerId());
            insert.setString(2, key);
            insert.setString(3, carts.write(answer));
            insert.executeUpdate();
        }
    }

    private Cart readCart(String body) {
        try {
            return json.readValue(body, Cart.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored answer", e);
        }
    }

    /**
     * Forgets idempotency keys older than 24 hours.
     *
     * @return how many were forgotten
     */
    public int purgeExpiredIdempotencyKeys() {
        return transactions.run("the cart could not be saved", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'")) {
                return delete.executeUpdate();
            }
        });
    }

    private static void authorize(Caller caller, UUID household) {
        if (!caller.mayUse(household)) {
            throw new ForbiddenException("this cart belongs to another household");
        }
    }

    private static UUID parseCartId(String cartId) {
        try {
            return UUID.fromString(cartId);
        } catch (IllegalArgumentException e) {
            throw new CartNotFoundException("there is no cart " + cartId);
        }
    }
}
