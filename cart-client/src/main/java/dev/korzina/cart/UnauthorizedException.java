package dev.korzina.cart;

/** No valid token was given (401). */
public final class UnauthorizedException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public UnauthorizedException(String message) {
        super("unauthorized", message);
    }
}
