package dev.korzina.skills.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void anOrderMovesForwardOnly() {
        assertThat(OrderStatus.ASSEMBLING.canMoveTo(OrderStatus.WITH_COURIER)).isTrue();
        assertThat(OrderStatus.WITH_COURIER.canMoveTo(OrderStatus.ASSEMBLING)).isFalse();
        assertThat(OrderStatus.WITH_COURIER.canMoveTo(OrderStatus.WITH_COURIER)).isFalse();
    }

    @Test
    void anOrderNotYetDeliveredCanBeCancelled() {
        assertThat(OrderStatus.WITH_COURIER.canMoveTo(OrderStatus.CANCELLED)).isTrue();
    }

    @Test
    void nothingFollowsDeliveredOrCancelled() {
        assertThat(OrderStatus.DELIVERED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        assertThat(OrderStatus.CANCELLED.canMoveTo(OrderStatus.DELIVERED)).isFalse();
    }

    @Test
    void wireNamesAreSnakeCase() {
        assertThat(OrderStatus.WITH_COURIER.code()).isEqualTo("with_courier");
        assertThat(OrderStatus.fromCode("with_courier")).contains(OrderStatus.WITH_COURIER);
        assertThat(OrderStatus.fromCode("lost")).isEmpty();
    }
}
