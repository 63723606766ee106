package dev.korzina.cart;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Logs the changes a cart refused within {@link CartClient#apply several at once}, which go on without them. */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    private Refusals() {}

    /**
     * Logs a refused change.
     *
     * @param change the change the cart refused
     * @param reason why
     */
    public static void log(CartChange change, CartException reason) {
        LOG.log(Level.INFO, () -> "the cart refused " + change + ": " + reason.getMessage());
    }
}
