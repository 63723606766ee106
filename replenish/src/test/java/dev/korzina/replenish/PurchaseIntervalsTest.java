package dev.korzina.replenish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurchaseIntervalsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void theUsualShoppingDayIsTheWeekdayOfMostBaskets() {
        History history = new History(
                "h1",
                List.of(
                        Basket.on(MONDAY.plusDays(5), "milk"),
                        Basket.on(MONDAY.plusDays(12), "milk"),
                        Basket.on(MONDAY.plusDays(15), "bread"),
                        Basket.on(MONDAY.plusDays(19), "milk", "bread")));

        assertThat(PurchaseIntervals.of(history).usualShoppingDay()).contains(DayOfWeek.SATURDAY);
    }

    @Test
    void equallyFrequentDaysGoToTheEarliestInTheWeek() {
        History history = new History(
                "h1", List.of(Basket.on(MONDAY.plusDays(3), "milk"), Basket.on(MONDAY.plusDays(8), "milk")));

        assertThat(PurchaseIntervals.of(history).usualShoppingDay()).contains(DayOfWeek.TUESDAY);
    }

    @Test
    void undatedBasketsHaveNoUsualShoppingDay() {
        assertThat(PurchaseIntervals.of(new History("h1", List.of(Basket.of("milk"))))
                        .usualShoppingDay())
                .isEmpty();
    }
}
