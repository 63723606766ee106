package dev.korzina.store.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code POST /api/sessions} answers: a new token for an identity, and where it leads.
 *
 * @param token the bearer token; only its hash is stored
 * @param customerId the identity's customer
 * @param cartId the cart of the customer's household
 */
public record SessionTicket(
        String token,
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("cart_id") String cartId) {}
