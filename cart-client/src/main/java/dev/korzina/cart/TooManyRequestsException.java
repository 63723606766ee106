package dev.korzina.cart;

/** Too many attempts; try later (429). */
public final class TooManyRequestsException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public TooManyRequestsException(String message) {
        super("too_many_requests", message);
    }
}
