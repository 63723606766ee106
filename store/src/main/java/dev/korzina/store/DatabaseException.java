package dev.korzina.store;

/** The database cannot be started, reached or migrated; the message says what to do. */
public class DatabaseException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     * @param cause the underlying failure
     */
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
