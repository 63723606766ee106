package dev.korzina.skills;

import dev.korzina.skills.orders.CheckoutRules;
import dev.korzina.skills.orders.OrderGateway;
import dev.korzina.skills.push.NewsFeed;
import java.util.Objects;

/**
 * What the order skills work with.
 *
 * @param tracker the orders and the events that move them
 * @param gateway the store the orders go to
 * @param rules the store's minimum order, free delivery threshold and delivery slot
 * @param news the notices each household has not heard yet, said at the start of its next turn
 */
public record OrderDesk(OrderTracker tracker, OrderGateway gateway, CheckoutRules rules, NewsFeed news) {

    /** Checks the values. */
    public OrderDesk {
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(news, "news");
    }
}
