package dev.korzina.skills.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that accepts every order and moves it along a fixed timetable counted from its placing: assembling,
 * with a courier, delivered. What it reports depends only on the order and the clock, so a test clock makes it
 * deterministic.
 */
public final class StoreSimulator implements OrderGateway {

    private static final List<String> COURIERS = List.of("Алексей", "Марина", "Тимур", "Ольга");

    private final Timetable timetable;
    private final Clock clock;

    /**
     * Creates the simulator.
     *
     * @param timetable when each status comes, counted from the placing
     * @param clock the time
     */
    public StoreSimulator(Timetable timetable, Clock clock) {
        this.timetable = timetable;
        this.clock = clock;
    }

    @Override
    public StatusEvent submit(Order order) {
        return event(order, OrderStatus.ACCEPTED, order.placedAt());
    }

    /**
     * The event the store would report now: the furthest status the timetable has reached, if the order has not
     * reached it yet.
     *
     * @param order the order
     * @return the event, or empty when nothing new is due
     */
    public Optional<StatusEvent> due(Order order) {
        Instant now = clock.instant();
        Instant placed = order.placedAt();
        List<Step> steps = List.of(
                new Step(OrderStatus.DELIVERED, placed.plus(timetable.delivered())),
                new Step(OrderStatus.WITH_COURIER, placed.plus(timetable.withCourier())),
                new Step(OrderStatus.ASSEMBLING, placed.plus(timetable.assembling())));
        return steps.stream()
                .filter(s -> !s.at().isAfter(now))
                .findFirst()
                .filter(s -> order.status().canMoveTo(s.status()))
                .map(s -> event(order, s.status(), s.at()));
    }

    private StatusEvent event(Order order, OrderStatus status, Instant at) {
        Optional<Courier> courier = status == OrderStatus.WITH_COURIER
                ? Optional.of(new Courier(
                        COURIERS.get((int) (order.number() % COURIERS.size())),
                        String.format("+7 900 %03d-%02d-%02d", order.number() % 1000, order.number() % 100, 42)))
                : Optional.empty();
        return new StatusEvent(
                "sim-" + order.number() + "-" + status.code(),
                status,
                Optional.of(order.placedAt().plus(timetable.delivered())),
                courier,
                at);
    }

    private record Step(OrderStatus status, Instant at) {}

    /**
     * When the simulated store reaches each status, counted from the placing.
     *
     * @param assembling when picking starts
     * @param withCourier when the courier leaves
     * @param delivered when the order is handed over (the ETA the store gives)
     */
    public record Timetable(Duration assembling, Duration withCourier, Duration delivered) {

        /** Checks that the statuses come in order. */
        public Timetable {
            Objects.requireNonNull(assembling, "assembling");
            Objects.requireNonNull(withCourier, "withCourier");
            Objects.requireNonNull(delivered, "delivered");
            if (assembling.isNegative()
                    || withCourier.compareTo(assembling) < 0
                    || delivered.compareTo(withCourier) < 0) {
                throw new IllegalArgumentException(
                        "the simulated store's timings must grow: assembling ≤ with courier ≤ delivered");
            }
        }
    }
}
