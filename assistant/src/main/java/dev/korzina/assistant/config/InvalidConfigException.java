package dev.korzina.assistant.config;

/** A configuration that cannot be used; the message names the key or file. */
public class InvalidConfigException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the key or file
     */
    public InvalidConfigException(String message) {
        super(message);
    }
}
