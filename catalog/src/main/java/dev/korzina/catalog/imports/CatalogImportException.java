package dev.korzina.catalog.imports;

/** A catalog file that cannot be imported at all; the catalog is left as it was. */
public class CatalogImportException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for a person
     * @param cause the underlying failure, if any
     */
    public CatalogImportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates the exception.
     *
     * @param message what is wrong, for a person
     */
    public CatalogImportException(String message) {
        super(message);
    }
}
