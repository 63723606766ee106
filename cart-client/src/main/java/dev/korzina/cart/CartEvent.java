package dev.korzina.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a cart's change log.
 *
 * @param version the cart version this change produced
 * @param type what happened: {@code line_added}, {@code quantity_changed}, {@code line_removed}, {@code cleared},
 *     {@code undone}, {@code merged}, {@code checked_out} (the lines became an order)
 * @param line the line after the change (for line changes), if any
 * @param by who made it
 * @param at when
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartEvent(long version, String type, Optional<CartLine> line, Author by, Instant at) {

    /**
     * Who made a change.
     *
     * @param customerId the customer
     * @param channel the channel it came through ({@code web}, {@code alice}, {@code telegram}, …)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(@JsonProperty("customer_id") String customerId, String channel) {}
}
