package dev.korzina.store.cart;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.store.Transactions;
import dev.korzina.store.identity.Caller;
import dev.korzina.store.identity.LinkCode;
import dev.korzina.store.identity.LinkResult;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Links identities into one household by one-time codes: one channel issues a code ("скажите Алисе код 4 7 1 9 0
 * 2"), another redeems it, and the redeeming customer joins the issuer's household; its own cart's lines are added
 * to the household cart (quantities summed) and the merge is logged, all in one transaction. Codes expire after 10
 * minutes and are used once; failed attempts are limited per customer and overall.
 */
public final class HouseholdLinker {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(10);
    private static final int FAILURES_PER_CUSTOMER = 5;
    private static final int FAILURES_OVERALL = 200;
    private static final int CODE_DIGITS = 6;

    private final Transactions transactions;
    private final CartRepository carts;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    /**
     * Creates the linker.
     *
     * @param dataSource a migrated database
     * @param json the API's JSON mapper (for the change log)
     * @param settings the cart rules
     * @param clock the clock codes expire by
     */
    public HouseholdLinker(DataSource dataSource, ObjectMapper json, CartSettings settings, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.carts = new CartRepository(json, settings.currency());
        this.clock = clock;
    }

    /**
     * Issues a code that brings another identity into the caller's household.
     *
     * @param caller the household member who shares
     * @return the code and when it expires
     */
    public LinkCode issue(Caller caller) {
        Instant expires = clock.instant().plus(CODE_LIFETIME);
        return transactions.run("the link could not be saved", connection -> {
            for (int attempt = 0; ; attempt++) {
                String code = String.format("%0" + CODE_DIGITS + "d", random.nextInt((int) Math.pow(10, CODE_DIGITS)));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO link_codes (code, customer_id, expires_at) VALUES (?, ?, ?)"
                                + " ON CONFLICT (code) DO UPDATE SET customer_id = excluded.customer_id,"
                                + " expires_at = excluded.expires_at, used_at = NULL"
                                + " WHERE link_codes.expires_at < ? OR link_codes.used_at IS NOT NULL")) {
                    insert.setString(1, code);
                    insert.setObject(2, caller.customerId());
                    insert.setTimestamp(3, Timestamp.from(expires));
                    insert.setTimestamp(4, Timestamp.from(clock.instant()));
                    if (insert.executeUpdate() == 1 || attempt > 20) {
                        return new LinkCode(code, expires);
                    }
                }
            }
        });
    }

    /**
     * Redeems a code: the caller joins the issuer's household and its cart is merged into the household's.
     *
     * @param caller the identity being linked
     * @param code the code said or typed
     * @return the household cart the caller uses now
     * @throws CartNotFoundException for an unknown, used or expired code
     * @throws TooManyRequestsException after too many failed attempts
     */
    public LinkResult redeem(Caller caller, String code) {
        UUID issuer = claimCounted(Optional.of(caller.customerId()), code);
        return transactions.run("the link could not be saved", connection -> join(connection, caller, issuer));
    }

    /**
     * Uses up a code entered where nobody is signed in yet (the sign-in page of Alice's account linking) and names
     * the member who issued it; wrong codes count towards the overall limit only.
     *
     * @param code the code typed
     * @return the household member who issued the code
     * @throws CartNotFoundException for an unknown, used or expired code
     * @throws TooManyRequestsException after too many wrong codes overall
     */
    public UUID claimIssuer(String code) {
        return claimCounted(Optional.empty(), code);
    }

    private UUID claimCounted(Optional<UUID> customer, String code) {
        checkAttempts(customer);
        Optional<UUID> issuer = transactions.run(
                "the link could not be saved", connection -> claim(connection, code.replaceAll("\\D", "")));
        recordAttempt(customer, issuer.isPresent());
        return issuer.orElseThrow(
                () -> new CartNotFoundException("this code is unknown, used or expired; ask for a new one"));
    }

    private Optional<UUID> claim(Connection connection, String code) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE link_codes SET used_at = ? WHERE code = ? AND used_at IS NULL AND expires_at > ?"
                        + " RETURNING customer_id")) {
            Timestamp now = Timestamp.from(clock.instant());
            update.setTimestamp(1, now);
            update.setString(2, code);
            update.setTimestamp(3, now);
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private LinkResult join(Connection connection, Caller caller, UUID issuer) throws SQLException {
        UUID targetHousehold = householdOf(connection, issuer);
        UUID targetCart = cartOf(connection, targetHousehold);
        UUID sourceHousehold = householdOf(connection, caller.customerId());
        if (sourceHousehold.equals(targetHousehold)) {
            return new LinkResult(caller.customerId().toString(), targetCart.toString(), 0);
        }
        UUID sourceCart = cartOf(connection, sourceHousehold);
        // lock both carts in a fixed order, so two merges can never wait on each other
        for (UUID cart : List.of(sourceCart, targetCart).stream().sorted().toList()) {
            carts.lock(connection, cart);
        }
        try (PreparedStatement move = connection.prepareStatement(
                "UPDATE customers SET household_id = ?, role = 'member'" + " WHERE id = ?")) {
            move.setObject(1, targetHousehold);
            move.setObject(2, caller.customerId());
            move.executeUpdate();
        }
        if (membersOf(connection, sourceHousehold) > 0) {
            return new LinkResult(caller.customerId().toString(), targetCart.toString(), 0);
        }
        List<LineSnapshot> lines = carts.lines(connection, sourceCart);
        if (!lines.isEmpty()) {
            for (LineSnapshot line : lines) {
                carts.move(connection, targetCart, line);
            }
            carts.logChange(
                    connection, targetCart, "merged", Optional.empty(), lines, caller.customerId(), caller.channel());
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM carts WHERE id = ?")) {
            delete.setObject(1, sourceCart);
            delete.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM households WHERE id = ?")) {
            delete.setObject(1, sourceHousehold);
            delete.executeUpdate();
        }
        return new LinkResult(caller.customerId().toString(), targetCart.toString(), lines.size());
    }

    private static UUID householdOf(Connection connection, UUID customer) throws SQLException {
        return uuid(connection, "SELECT household_id FROM customers WHERE id = ?", customer);
    }

    private static UUID cartOf(Connection connection, UUID household) throws SQLException {
        return uuid(connection, "SELECT id FROM carts WHERE household_id = ?", household);
    }

    private static UUID uuid(Connection connection, String sql, UUID key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new CartNotFoundException("no row for " + key);
                }
                return row.getObject(1, UUID.class);
            }
        }
    }

    private static int membersOf(Connection connection, UUID household) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT count(*) FROM customers WHERE household_id = ?")) {
            select.setObject(1, household);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void checkAttempts(Optional<UUID> customer) {
        Timestamp since = Timestamp.from(clock.instant().minus(ATTEMPT_WINDOW));
        int[] failures = transactions.run("the link could not be saved", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT count(*) FILTER (WHERE customer_id = ?), count(*) FROM link_attempts"
                            + " WHERE NOT succeeded AND at > ?")) {
                select.setObject(1, customer.orElse(null));
                select.setTimestamp(2, since);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return new int[] {row.getInt(1), row.getInt(2)};
                }
            }
        });
        if (failures[0] >= FAILURES_PER_CUSTOMER || failures[1] >= FAILURES_OVERALL) {
            throw new TooManyRequestsException("too many wrong codes; wait ten minutes and ask for a new one");
        }
    }

    private void recordAttempt(Optional<UUID> customer, boolean succeeded) {
        transactions.run("the link could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO link_attempts (customer_id, at, succeeded) VALUES (?, ?, ?)")) {
                insert.setObject(1, customer.orElse(null));
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.setBoolean(3, succeeded);
                return insert.executeUpdate();
            }
        });
    }
}
