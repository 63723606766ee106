package dev.korzina.store.identity;

import dev.korzina.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Channel identities, customers, households and API sessions. An identity seen for the first time gets its own
 * household (it is anonymous until linked) with an empty cart. Tokens are random and stored only as SHA-256 hashes.
 */
public final class PostgresIdentityStore {

    /** The channel staff identities live on; no customer identity may use it. */
    public static final String STAFF_CHANNEL = "staff";

    /** The role of support staff. */
    static final String STAFF_ROLE = "support";

    private static final String CUSTOMER_ROLE = "owner";

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource a migrated database
     */
    public PostgresIdentityStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * The customer behind a channel identity, created with its own household and cart when first seen.
     *
     * @param channel the channel ({@code web}, {@code alice}, {@code telegram}, {@code siri})
     * @param externalId the identity on that channel (a user id, chat id, device id)
     * @return the customer and cart
     * @throws IllegalArgumentException for the {@link #STAFF_CHANNEL staff channel}
     */
    public Identity resolve(String channel, String externalId) {
        if (channel.equals(STAFF_CHANNEL)) {
            throw new IllegalArgumentException("the channel " + STAFF_CHANNEL + " is only for staff sessions");
        }
        return resolve(channel, externalId, CUSTOMER_ROLE);
    }

    private Identity resolve(String channel, String externalId, String role) {
        return find(channel, externalId).orElseGet(() -> {
            Optional<Identity> created =
                    transactions.run("the identity could not be saved", c -> create(c, channel, externalId, role));
            // another request created the same identity at the same moment: use theirs
            return created.or(() -> find(channel, externalId)).orElseThrow();
        });
    }

    /**
     * Opens an API session for a channel identity.
     *
     * @param channel the channel
     * @param externalId the identity on that channel
     * @return the token and where it leads
     * @throws IllegalArgumentException for the {@link #STAFF_CHANNEL staff channel}
     */
    public SessionTicket openSession(String channel, String externalId) {
        return open(resolve(channel, externalId), channel);
    }

    /**
     * Opens an API session for a member of the support staff, who may use every cart and read the transcripts; the
     * staff member is created (with a household of their own) when first seen.
     *
     * @param name who the staff member is ({@code olga@shop})
     * @return the token and where it leads
     */
    public SessionTicket openStaffSession(String name) {
        return open(resolve(STAFF_CHANNEL, name, STAFF_ROLE), STAFF_CHANNEL);
    }

    private SessionTicket open(Identity identity, String channel) {
        String token = Tokens.create();
        transactions.run("the session could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sessions (token_hash, customer_id, channel) VALUES (?, ?, ?)")) {
                insert.setBytes(1, Tokens.hash(token));
                insert.setObject(2, identity.caller().customerId());
                insert.setString(3, channel);
                return insert.executeUpdate();
            }
        });
        return new SessionTicket(
                token,
                identity.caller().customerId().toString(),
                identity.cartId().toString());
    }

    /**
     * The caller a token belongs to.
     *
     * @param token a bearer token
     * @return the caller, or empty for an unknown token
     */
    public Optional<Caller> authenticate(String token) {
        return identity(token).map(Identity::caller);
    }

    /**
     * The caller a token belongs to, with their household's cart.
     *
     * @param token a bearer token
     * @return the caller and cart, or empty for an unknown token
     */
    public Optional<Identity> identity(String token) {
        return transactions.runAutocommit("the session could not be read", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT c.id, c.household_id, c.role, s.channel, k.id FROM sessions s"
                            + " JOIN customers c ON c.id = s.customer_id JOIN carts k ON k.household_id = c.household_id"
                            + " WHERE s.token_hash = ?")) {
                select.setBytes(1, Tokens.hash(token));
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Identity(
                                    new Caller(
                                            row.getObject(1, UUID.class),
                                            row.getObject(2, UUID.class),
                                            row.getString(3),
                                            row.getString(4)),
                                    row.getObject(5, UUID.class)))
                            : Optional.empty();
                }
            }
        });
    }

    private Optional<Identity> find(String channel, String externalId) {
        return transactions.runAutocommit("the identity could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.household_id, c.role, k.id FROM identities i JOIN customers c ON c.id = i.customer_id"
                            + " JOIN carts k ON k.household_id = c.household_id WHERE i.channel = ? AND i.external_id = ?")) {
                select.setString(1, channel);
                select.setString(2, externalId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Tokens.identity(row, channel)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<Identity> create(Connection connection, String channel, String externalId, String role)
            throws SQLException {
        UUID household = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        execute(connection, "INSERT INTO households (id) VALUES (?)", household);
        execute(
                connection,
                "INSERT INTO customers (id, household_id, role) VALUES (?, ?, ?)",
                customer,
                household,
                role);
        execute(connection, "INSERT INTO carts (id, household_id) VALUES (?, ?)", cart, household);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO identities (channel, external_id, customer_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, channel);
            insert.setString(2, externalId);
            insert.setObject(3, customer);
            if (insert.executeUpdate() == 0) {
                connection.rollback();
                return Optional.empty();
            }
        }
        return Optional.of(new Identity(new Caller(customer, household, role, channel), cart));
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
