package dev.korzina.skills.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.skills.orders.StoreSimulator.Timetable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StoreSimulatorTest {

    private static final Instant PLACED = Instant.parse("2026-11-26T09:00:00Z");
    private static final Timetable TIMETABLE =
            new Timetable(Duration.ofMinutes(5), Duration.ofMinutes(25), Duration.ofMinutes(55));

    @Test
    void theStoreAcceptsAnOrderWithTheDeliveryTimeOfItsTimetable() {
        StatusEvent accepted = at(PLACED).submit(order(OrderStatus.PLACED));

        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.eta()).contains(PLACED.plus(Duration.ofMinutes(55)));
    }

    @Test
    void nothingIsDueBeforeTheFirstStep() {
        assertThat(at(PLACED.plus(Duration.ofMinutes(4))).due(order(OrderStatus.ACCEPTED)))
                .isEmpty();
    }

    @Test
    void theCourierComesWithANameAndPhoneAfterItsTime() {
        Optional<StatusEvent> due = at(PLACED.plus(Duration.ofMinutes(25))).due(order(OrderStatus.ASSEMBLING));

        assertThat(due).map(StatusEvent::status).contains(OrderStatus.WITH_COURIER);
        assertThat(due.flatMap(StatusEvent::courier))
                .map(Courier::phone)
                .hasValueSatisfying(p -> assertThat(p).startsWith("+7 900"));
    }

    @Test
    void anOrderLongOverdueJumpsToTheFurthestStatusInOneEvent() {
        Optional<StatusEvent> due = at(PLACED.plus(Duration.ofHours(3))).due(order(OrderStatus.ACCEPTED));

        assertThat(due).map(StatusEvent::status).contains(OrderStatus.DELIVERED);
        assertThat(due).map(StatusEvent::at).contains(PLACED.plus(Duration.ofMinutes(55)));
    }

    @Test
    void theSameMomentGivesTheSameEventId() {
        StoreSimulator simulator = at(PLACED.plus(Duration.ofMinutes(30)));

        assertThat(simulator.due(order(OrderStatus.ACCEPTED))).isEqualTo(simulator.due(order(OrderStatus.ACCEPTED)));
    }

    @Test
    void aCancelledOrderStaysCancelled() {
        assertThat(at(PLACED.plus(Duration.ofHours(1))).due(order(OrderStatus.CANCELLED)))
                .isEmpty();
    }

    @Test
    void timingsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new Timetable(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(55)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StoreSimulator at(Instant now) {
        return new StoreSimulator(TIMETABLE, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Order order(OrderStatus status) {
        return new Order(
                "o-1",
                1042,
                "h-1",
                status,
                PLACED,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                BigDecimal.TEN,
                OptionalInt.empty());
    }
}
