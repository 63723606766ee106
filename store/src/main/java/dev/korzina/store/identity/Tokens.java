package dev.korzina.store.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;

/** What the stores of bearer tokens share: making a random token, its stored hash, and reading an identity row. */
final class Tokens {

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new random 256-bit token, URL-safe. */
    static String create() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 hash under which a token is stored. */
    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * The identity in a row of customer id, household id, role and cart id.
     *
     * @param row the row, positioned
     * @param channel the channel the customer is on
     * @return the identity
     */
    static Identity identity(ResultSet row, String channel) throws SQLException {
        return new Identity(
                new Caller(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), channel),
                row.getObject(4, UUID.class));
    }
}
