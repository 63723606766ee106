package dev.korzina.assistant.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.korzina.skills.orders.Courier;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.orders.OrderLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order as the API shows it.
 *
 * @param number the order number
 * @param status {@code placed}, {@code accepted}, {@code assembling}, {@code with_courier}, {@code delivered} or
 *     {@code cancelled}
 * @param placedAt when it was placed
 * @param eta when the store expects to deliver it
 * @param courier who brings it
 * @param total the sum of its lines
 * @param lines what was ordered
 * @param rating the household's rating from 1 to 5
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
record OrderBody(
        long number,
        String status,
        Instant placedAt,
        Optional<Instant> eta,
        Optional<Courier> courier,
        BigDecimal total,
        List<OrderLine> lines,
        Optional<Integer> rating) {

    static OrderBody of(Order order) {
        return new OrderBody(
                order.number(),
                order.status().code(),
                order.placedAt(),
                order.eta(),
                order.courier(),
                order.total(),
                order.lines(),
                order.rating().isPresent() ? Optional.of(order.rating().getAsInt()) : Optional.empty());
    }
}
