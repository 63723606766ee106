/**
 * The shared cart on PostgreSQL: changes serialized per cart with a row lock, optimistic versions, idempotency
 * keys, a change log that per-caller undo reads, and LISTEN/NOTIFY so that every instance hears every change.
 * Start with {@link dev.korzina.store.cart.PostgresCartStore}.
 */
package dev.korzina.store.cart;
