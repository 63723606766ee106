package dev.korzina.cart;

/** No cart, cart line or session with that id (404). */
public final class CartNotFoundException extends CartException {

    /**
     * Creates the exception.
     *
     * @param message what went wrong, for a person
     */
    public CartNotFoundException(String message) {
        super("cart_not_found", message);
    }
}
