package dev.korzina.cart;

import java.util.Optional;

/** The request is malformed: a field is missing, of the wrong type or out of range (400). */
public final class InvalidRequestException extends CartException {

    private final Optional<String> field;

    /**
     * Creates the exception.
     *
     * @param field the field at fault, if one is
     * @param message what is wrong, for a person
     */
    public InvalidRequestException(Optional<String> field, String message) {
        super("invalid_request", message);
        this.field = field;
    }

    /** The field at fault, if one is. */
    public Optional<String> field() {
        return field;
    }
}
