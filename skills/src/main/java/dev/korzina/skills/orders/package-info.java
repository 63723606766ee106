/**
 * Orders as the assistant sees them: an order is the snapshot of a household's cart handed to the store through
 * an {@link dev.korzina.skills.orders.OrderGateway}, whose status only moves forward
 * ({@link dev.korzina.skills.orders.OrderStatus}) as the store's {@link dev.korzina.skills.orders.StatusEvent}s
 * arrive. The {@link dev.korzina.skills.orders.OrderBook} keeps them; the built-in
 * {@link dev.korzina.skills.orders.StoreSimulator} plays the store.
 */
package dev.korzina.skills.orders;
