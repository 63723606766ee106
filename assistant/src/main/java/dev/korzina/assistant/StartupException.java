package dev.korzina.assistant;

/** Korzina cannot start; the message says why and what to do. */
public class StartupException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message why, for a person
     * @param cause the underlying failure
     */
    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
