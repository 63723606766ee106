package dev.korzina.skills.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An order of a household.
 *
 * @param id the order's key
 * @param number the number people say ("заказ 1042"), unique
 * @param householdId the household that placed it
 * @param status where it is now
 * @param placedAt when it was placed
 * @param eta when the store expects to deliver it, once it says
 * @param courier who brings it, once it is with a courier
 * @param lines what was ordered
 * @param total the sum of the lines' prices
 * @param rating the household's rating from 1 to 5, once given
 */
public record Order(
        String id,
        long number,
        String householdId,
        OrderStatus status,
        Instant placedAt,
        Optional<Instant> eta,
        Optional<Courier> courier,
        List<OrderLine> lines,
        BigDecimal total,
        OptionalInt rating) {

    /** Checks the values and copies the lines. */
    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(courier, "courier");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(rating, "rating");
        lines = List.copyOf(lines);
    }
}
