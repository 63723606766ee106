package dev.korzina.catalog.imports;

/** A row that cannot become a product; the message says why. */
final class InvalidRowException extends Exception {

    InvalidRowException(String reason) {
        super(reason, null, false, false);
    }
}
