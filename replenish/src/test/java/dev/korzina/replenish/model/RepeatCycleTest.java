package dev.korzina.replenish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.PurchaseIntervals;
import dev.korzina.replenish.ScoredItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RepeatCycleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** Milk every 3 days up to day 12, coffee on days 0 and 14. */
    private final History household = new History(
            "h",
            List.of(
                    Basket.on(START, "milk", "coffee"),
                    Basket.on(START.plusDays(3), "milk"),
                    Basket.on(START.plusDays(6), "milk"),
                    Basket.on(START.plusDays(9), "milk"),
                    Basket.on(START.plusDays(12), "milk"),
                    Basket.on(START.plusDays(14), "coffee")));

    private final RepeatCycle model = new RepeatCycle(new PersonalTopFrequency(), 1.0);

    @Test
    void predictsAnItemWhoseCycleIsDue() {
        List<ScoredItem> predicted =
                model.fit(List.of(household)).predict(household, 2, Optional.of(START.plusDays(28)));

        assertThat(predicted).extracting(ScoredItem::item).containsExactly("coffee", "milk");
    }

    @Test
    void keepsTheBaseRankingWhenNothingIsDue() {
        List<ScoredItem> predicted =
                model.fit(List.of(household)).predict(household, 2, Optional.of(START.plusDays(15)));

        assertThat(predicted).extracting(ScoredItem::item).containsExactly("milk", "coffee");
    }

    @Test
    void leavesAnUndatedHistoryAsTheBaseRanksIt() {
        History undated = new History("u", List.of(Basket.of("tea"), Basket.of("tea", "sugar")));

        assertThat(model.fit(List.of(undated)).predict(undated, 2))
                .isEqualTo(new PersonalTopFrequency().fit(List.of(undated)).predict(undated, 2));
    }

    @Test
    void ratesAnItemFullyDueExactlyOneIntervalAfterItsLastPurchase() {
        PurchaseIntervals intervals = PurchaseIntervals.of(household);

        assertThat(RepeatCyclePredictor.due(intervals, "coffee", START.plusDays(28)))
                .isCloseTo(1.0, within(1e-12));
        assertThat(RepeatCyclePredictor.due(intervals, "coffee", START.plusDays(21)))
                .isCloseTo(Math.exp(-Math.log(0.5) * Math.log(0.5) / 0.5), within(1e-12));
        assertThat(intervals.nextShoppingDay()).contains(START.plusDays(17));
    }
}
