package dev.korzina.cart;

/**
 * A cart request that failed; the subclass says how, and {@link #code()} is the API's error code. Only
 * {@link CartUnavailableException} is worth retrying as it is.
 */
public sealed class CartException extends RuntimeException
        permits CartNotFoundException,
                ProductNotFoundException,
                VersionConflictException,
                ForbiddenException,
                UnauthorizedException,
                InvalidRequestException,
                TooManyRequestsException,
                CartUnavailableException {

    private final String code;

    /**
     * Creates the exception.
     *
     * @param code the API's error code
     * @param message what went wrong, for a person
     */
    protected CartException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The API's error code ({@code not_found}, {@code version_conflict}, …). */
    public String code() {
        return code;
    }
}
