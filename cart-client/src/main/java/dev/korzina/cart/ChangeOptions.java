package dev.korzina.cart;

import java.util.Optional;

/**
 * How a change is applied.
 *
 * @param ifMatch apply only to this cart version, else fail with {@link VersionConflictException}
 * @param idempotencyKey a key that makes a repeated request return the first answer and change nothing
 */
public record ChangeOptions(Optional<Long> ifMatch, Optional<String> idempotencyKey) {

    /** No version check; the client picks an idempotency key when it needs one. */
    public static final ChangeOptions NONE = new ChangeOptions(Optional.empty(), Optional.empty());

    /**
     * Only if the cart is still at this version.
     *
     * @param version the version the caller saw
     * @return the options
     */
    public static ChangeOptions ifMatch(long version) {
        return new ChangeOptions(Optional.of(version), Optional.empty());
    }

    /**
     * With this idempotency key.
     *
     * @param key the key, e.g. a UUID
     * @return the options
     */
    public static ChangeOptions idempotent(String key) {
        return new ChangeOptions(Optional.empty(), Optional.of(key));
    }
}
