package dev.korzina.assistant.http;

import dev.korzina.cart.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks that a store's webhook call is the store's and is fresh: {@code X-Korzina-Signature: sha256=<hex>} (the
 * prefix may be left out) must be the HMAC-SHA256, keyed with the shared secret, of {@code
 * <X-Korzina-Timestamp>.<raw body>}, and the timestamp (Unix seconds) must be within the window of now. Signing the
 * timestamp with the body means an old call cannot be replayed with a new timestamp. A store that signs the raw body
 * alone is accepted too (the timestamp is still required and checked): replaying such a call changes nothing, since
 * event ids are applied once and a status never goes back.
 */
public final class WebhookSignature {

    /** The header holding the signature. */
    public static final String SIGNATURE = "X-Korzina-Signature";
    /** The header holding the Unix time in seconds the call was signed at. */
    public static final String TIMESTAMP = "X-Korzina-Timestamp";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "sha256=";

    private final Optional<String> secret;
    private final Duration window;
    private final Clock clock;

    /**
     * Creates the check.
     *
     * @param secret the shared secret; empty refuses every call
     * @param window how far the timestamp may be from now, either way
     * @param clock the time
     */
    public WebhookSignature(Optional<String> secret, Duration window, Clock clock) {
        this.secret = secret;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Checks one call.
     *
     * @param timestamp the timestamp header, if sent
     * @param signature the signature header, if sent
     * @param body the raw body
     * @throws UnauthorizedException when the secret is not configured, a header is missing, the timestamp is out
     *     of the window or the signature does not match
     */
    public void check(Optional<String> timestamp, Optional<String> signature, String body) {
        String key = secret.orElseThrow(
                () -> new UnauthorizedException("the status webhook is off: orders.webhook.secret is not set"));
        String time = timestamp.orElseThrow(() -> new UnauthorizedException(TIMESTAMP + " is required"));
        String sent = signature.orElseThrow(() -> new UnauthorizedException(SIGNATURE + " is required"));
        Instant at;
        try {
            at = Instant.ofEpochSecond(Long.parseLong(time.strip()));
        } catch (NumberFormatException e) {
            throw new UnauthorizedException(TIMESTAMP + " must be Unix time in seconds");
        }
        if (Duration.between(at, clock.instant()).abs().compareTo(window) > 0) {
            throw new UnauthorizedException("the call is too old or from the future: " + TIMESTAMP + " is outside "
                    + window.toMinutes() + " minutes of now");
        }
        String given = sent.strip().toLowerCase(Locale.ROOT);
        byte[] received = (given.startsWith(PREFIX) ? given : PREFIX + given).getBytes(StandardCharsets.US_ASCII);
        boolean withTimestamp =
                MessageDigest.isEqual(sign(key, time.strip(), body).getBytes(StandardCharsets.US_ASCII), received);
        boolean bodyAlone = MessageDigest.isEqual(hmac(key, body).getBytes(StandardCharsets.US_ASCII), received);
        if (!withTimestamp && !bodyAlone) {
            throw new UnauthorizedException("the signature does not match the body");
        }
    }

    /**
     * The signature header value for a call, as the store computes it.
     *
     * @param secret the shared secret
     * @param timestamp the timestamp header value
     * @param body the raw body
     * @return {@code sha256=<hex>}
     */
    public static String sign(String secret, String timestamp, String body) {
        return hmac(secret, timestamp + "." + body);
    }

    /** {@code sha256=<hex>} of the HMAC-SHA256 of a text. */
    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
