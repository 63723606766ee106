package dev.korzina.store.identity;

import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The authorization codes of the OAuth 2.0 server for Alice's account linking: granted to a household member for
 * one client and redirect URI, good for ten minutes and for one exchange, which opens an API session of that member
 * on the {@code alice} channel. Codes and tokens are stored only as their SHA-256 hashes.
 */
public final class OAuthGrants {

    /** How long a granted code may be exchanged. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

    private static final String CHANNEL = "alice";

    private final Transactions transactions;
    private final Clock clock;

    /**
     * Creates the store.
     *
     * @param dataSource a migrated database
     * @param clock the time codes are granted and exchanged at
     */
    public OAuthGrants(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    /**
     * Grants a code.
     *
     * @param customerId the household member who signed in
     * @param clientId the client it is for
     * @param redirectUri the redirect URI it is sent to, which the exchange must name again
     * @return the code
     */
    public String grant(UUID customerId, String clientId, String redirectUri) {
        String code = Tokens.create();
        transactions.run("the authorization could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO oauth_grants (code_hash, customer_id, client_id, redirect_uri, expires_at)"
                            + " VALUES (?, ?, ?, ?, ?)")) {
                insert.setBytes(1, Tokens.hash(code));
                insert.setObject(2, customerId);
                insert.setString(3, clientId);
                insert.setString(4, redirectUri);
                insert.setTimestamp(5, Timestamp.from(clock.instant().plus(CODE_LIFETIME)));
                return insert.executeUpdate();
            }
        });
        return code;
    }

    /**
     * Exchanges a code for an API session token of the member it was granted to, once.
     *
     * @param code the code
     * @param clientId the client exchanging it
     * @param redirectUri the redirect URI it was granted for
     * @return the token, or empty for a code that is unknown, used, expired or granted to another client or URI
     */
    public Optional<String> exchange(String code, String clientId, String redirectUri) {
        return transactions.run("the authorization could not be saved", connection -> {
            Timestamp now = Timestamp.from(clock.instant());
            UUID customer;
            try (PreparedStatement claim = connection.prepareStatement(
                    "UPDATE oauth_grants SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"
                            + " AND client_id = ? AND redirect_uri = ? RETURNING customer_id")) {
                claim.setTimestamp(1, now);
                claim.setBytes(2, Tokens.hash(code));
                claim.setTimestamp(3, now);
                claim.setString(4, clientId);
                claim.setString(5, redirectUri);
                try (ResultSet row = claim.executeQuery()) {
                    if (!row.next()) {
                        return Optional.<String>empty();
                    }
                    customer = row.getObject(1, UUID.class);
                }
            }
            String token = Tokens.create();
            try (PreparedStatement session = connection.prepareStatement(
                    "INSERT INTO sessions (token_hash, customer_id, channel) VALUES (?, ?, ?)")) {
                session.setBytes(1, Tokens.hash(token));
                session.setObject(2, customer);
                session.setString(3, CHANNEL);
                session.executeUpdate();
            }
            return Optional.of(token);
        });
    }
}
