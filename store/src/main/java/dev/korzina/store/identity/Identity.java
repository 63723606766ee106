package dev.korzina.store.identity;

import java.util.UUID;

/**
 * A channel identity resolved to its customer, household and cart.
 *
 * @param caller the customer on that channel
 * @param cartId the household's cart
 */
public record Identity(Caller caller, UUID cartId) {}
