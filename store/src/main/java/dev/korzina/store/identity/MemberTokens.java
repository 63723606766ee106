package dev.korzina.store.identity;

import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Bearer tokens of household members on channels that send no identity of their own (a Siri Shortcut sends only
 * the token it was set up with). A token is random, shown once, and stored only as its SHA-256 hash.
 */
public final class MemberTokens {

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource a migrated database
     */
    public MemberTokens(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Issues a new token for a customer.
     *
     * @param customerId the household member the token speaks for
     * @param member the member's name, for people to recognise the token
     * @return the token, which is not kept anywhere in plain text
     */
    public String issue(UUID customerId, String member) {
        String token = Tokens.create();
        transactions.run("the token could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO member_tokens (token_hash, customer_id, member) VALUES (?, ?, ?)")) {
                insert.setBytes(1, Tokens.hash(token));
                insert.setObject(2, customerId);
                insert.setString(3, member);
                return insert.executeUpdate();
            }
        });
        return token;
    }

    /**
     * The member a token belongs to, with their household's cart.
     *
     * @param token a bearer token
     * @param channel the channel the token is used on
     * @return the member, or empty for an unknown token
     */
    public Optional<Identity> identity(String token, String channel) {
        return transactions.runAutocommit("the token could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.id, c.household_id, c.role, k.id FROM member_tokens t JOIN customers c ON c.id = t.customer_id"
                            + " JOIN carts k ON k.household_id = c.household_id WHERE t.token_hash = ?")) {
                select.setBytes(1, Tokens.hash(token));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(Tokens.identity(row, channel)) : Optional.empty();
                }
            }
        });
    }
}
