package dev.korzina.skills.orders;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the households' orders. An order is made from a cart in one step with emptying that cart, so that no cart
 * item is lost or ordered twice.
 */
public interface OrderBook {

    /**
     * Turns the cart into an order and empties the cart, if the cart is still at the version the buyer saw.
     *
     * @param buyer who orders, from which cart
     * @param cartVersion the cart version read back to the buyer
     * @return the order, placed
     * @throws dev.korzina.cart.VersionConflictException when the cart changed since
     */
    Order place(Buyer buyer, long cartVersion);

    /**
     * An order by its number, whoever placed it: for the store's events.
     *
     * @param number the order number
     * @return the order, or empty when there is none
     */
    Optional<Order> find(long number);

    /**
     * A household's order by its number; another household's number is as good as unknown.
     *
     * @param householdId the household asking
     * @param number the order number
     * @return the order, or empty
     */
    Optional<Order> find(String householdId, long number);

    /**
     * A household's orders, newest first.
     *
     * @param householdId the household
     * @return its orders
     */
    List<Order> orders(String householdId);

    /**
     * The orders of every household that are not yet delivered or cancelled, oldest first.
     *
     * @return the orders
     */
    List<Order> active();

    /**
     * Records a status event of an order, once per event id; the status moves only forward.
     *
     * @param number the order number
     * @param event the event
     * @return what the event did, or empty when there is no such order
     */
    Optional<EventOutcome> record(long number, StatusEvent event);

    /**
     * The household's newest delivered order that has not been asked about yet, marking it asked.
     *
     * @param householdId the household
     * @return the order to ask for a rating, or empty
     */
    Optional<Order> takeFeedbackDue(String householdId);

    /**
     * Stores a household's rating of its order.
     *
     * @param householdId the household
     * @param number the order number
     * @param rating from 1 to 5
     * @return false when the household has no such order
     */
    boolean rate(String householdId, long number, int rating);

    /**
     * What a household has received: the lines of its delivered orders, newest order first. Purchase history
     * learns from them.
     *
     * @param householdId the household
     * @return the lines
     */
    List<OrderLine> deliveredLines(String householdId);
}
