package dev.korzina.cart;

/** The caller may not touch this cart (403). */
public final class ForbiddenException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
