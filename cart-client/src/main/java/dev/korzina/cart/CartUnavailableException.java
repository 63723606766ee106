package dev.korzina.cart;

/** The cart service could not be reached or failed; the request may be retried (5xx, I/O). */
public final class CartUnavailableException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public CartUnavailableException(String message) {
        super("unavailable", message);
    }
}
