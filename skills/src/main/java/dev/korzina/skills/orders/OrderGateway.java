package dev.korzina.skills.orders;

/** Hands orders to the store that delivers them. */
public interface OrderGateway {

    /**
     * Hands a placed order to the store.
     *
     * @param order the order, just placed
     * @return the store's first answer: the order accepted, with the expected delivery time
     */
    StatusEvent submit(Order order);
}
