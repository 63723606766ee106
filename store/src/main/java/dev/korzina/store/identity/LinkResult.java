package dev.korzina.store.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What redeeming a link code did.
 *
 * @param customerId the customer who redeemed it, now a member of the issuer's household
 * @param cartId the household cart the customer uses from now on
 * @param mergedLines how many lines of the customer's own cart were merged into it
 */
public record LinkResult(
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("cart_id") String cartId,
        @JsonProperty("merged_lines") int mergedLines) {}
