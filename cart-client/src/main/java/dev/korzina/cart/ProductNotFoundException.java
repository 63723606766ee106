package dev.korzina.cart;

/** The catalog has no product with that id (404). */
public final class ProductNotFoundException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public ProductNotFoundException(String message) {
        super("product_not_found", message);
    }
}
