package dev.korzina.cart;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides which failures of a change {@link CartClient#apply several at once} skip (the cart refused that change: an
 * unknown product, too many of one, a line that is gone) and logs them at {@code FINE} (the reply and the transcript
 * tell them); any other failure ends the whole call.
 */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    private Refusals() {}

    /**
     * Logs a change the cart refused, so the others go on without it; rethrows any other failure.
     *
     * @param change the change that failed
     * @param failure why
     * @throws CartException the failure itself, when it is not a refusal of this one change
     */
    public static void skip(CartChange change, CartException failure) {
        if (!(failure instanceof InvalidRequestException
                || failure instanceof ProductNotFoundException
                || failure instanceof CartNotFoundException)) {
            throw failure;
        }
        LOG.log(Level.FINE, () -> "the cart refused " + change + ": " + failure.getMessage());
    }
}
