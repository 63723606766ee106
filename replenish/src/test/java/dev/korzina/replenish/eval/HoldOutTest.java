package dev.korzina.replenish.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HoldOutTest {

    @Test
    void holdsOutTheLastBasketOfEachHouseholdWithAtLeastTwo() {
        History twice = new History("a", List.of(Basket.of("milk"), Basket.of("bread", "milk")));
        History once = new History("b", List.of(Basket.of("tea")));

        HoldOut split = HoldOut.lastBasket(List.of(twice, once));

        assertThat(split.histories()).containsExactly(new History("a", List.of(Basket.of("milk"))), once);
        assertThat(split.future()).isEqualTo(Map.of("a", List.of("bread", "milk")));
    }
}
