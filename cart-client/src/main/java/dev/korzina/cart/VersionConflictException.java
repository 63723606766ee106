package dev.korzina.cart;

/** The cart changed since the version the caller gave in {@code If-Match} (412); it carries the current cart. */
public final class VersionConflictException extends CartException {

    private final transient Cart current;

    /**
     * Creates the exception.
     *
     * @param current the cart as it is now
     */
    public VersionConflictException(Cart current) {
        super("version_conflict", "the cart is at version " + current.version() + " now; reload it and try again");
        this.current = current;
    }

    /** The cart as it is now. */
    public Cart current() {
        return current;
    }
}
