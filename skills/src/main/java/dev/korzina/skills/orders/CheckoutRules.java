package dev.korzina.skills.orders;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The store's terms the checkout reads back.
 *
 * @param minimumOrder the smallest cart total the store delivers
 * @param freeDeliveryFrom the cart total from which delivery is free
 * @param deliverySlot the delivery slot to read back ("сегодня 18:00–20:00"), if the store has a fixed one
 * @param zone the time zone the delivery times are said in
 */
public record CheckoutRules(
        BigDecimal minimumOrder, BigDecimal freeDeliveryFrom, Optional<String> deliverySlot, ZoneId zone) {

    /** Checks the values. */
    public CheckoutRules {
        Objects.requireNonNull(minimumOrder, "minimumOrder");
        Objects.requireNonNull(freeDeliveryFrom, "freeDeliveryFrom");
        Objects.requireNonNull(deliverySlot, "deliverySlot");
        Objects.requireNonNull(zone, "zone");
        if (minimumOrder.signum() < 0 || freeDeliveryFrom.signum() < 0) {
            throw new IllegalArgumentException(
                    "the minimum order and the free delivery threshold must not be negative");
        }
    }
}
