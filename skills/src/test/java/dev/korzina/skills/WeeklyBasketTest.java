package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.catalog.Product;
import dev.korzina.nlu.Language;
import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.InMemoryPurchaseHistory;
import dev.korzina.replenish.ModelReplenishment;
import dev.korzina.replenish.model.Methods;
import dev.korzina.skills.push.Notice;
import dev.korzina.skills.push.Notifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyBasketTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

    private static final InMemoryPurchaseHistory PURCHASES = new InMemoryPurchaseHistory(List.of(new History(
            "h1",
            List.of(
                    Basket.on(SATURDAY.minusDays(21), "d-0001", "d-0092"),
                    Basket.on(SATURDAY.minusDays(14), "d-0001"),
                    Basket.on(SATURDAY.minusDays(10), "d-0001", "x-gone"),
                    Basket.on(SATURDAY.minusDays(7), "d-0001", "d-0092")))));

    private final InMemoryWeeklyOffers offers = new InMemoryWeeklyOffers();
    private final List<Notice> sent = new ArrayList<>();
    private final Notifier notifier = (household, notice) -> {
        sent.add(notice);
        return 1;
    };

    private static Product product(String id, String name, String english) {
        return new Product(
                id,
                name,
                Optional.of(english),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                1);
    }

    private WeeklyBasket on(LocalDate day) {
        Restocking restocking = new Restocking(
                new ModelReplenishment(Methods.best(), PURCHASES),
                ProductCatalog.of(List.of(
                        product("d-0001", "Молоко Простоквашино 2,5% 930 мл", "Prostokvashino Milk 2.5% 930 ml"),
                        product("d-0092", "Батон Нарезной 400 г", "Sliced Loaf 400 g"))),
                offers);
        return new WeeklyBasket(
                PURCHASES,
                restocking,
                notifier,
                Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void theHouseholdIsOfferedItsUsualProductsOnItsUsualShoppingDayInBothLanguages() {
        int households = on(SATURDAY).offerDue();

        assertThat(households).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo("weekly_basket");
            assertThat(notice.text(Language.RU))
                    .isEqualTo("На этой неделе вам может понадобиться: молоко Простоквашино, батон Нарезной."
                            + " Скажите «что купить на неделю».");
            assertThat(notice.text(Language.EN))
                    .isEqualTo(
                            "This week you may need: Prostokvashino Milk, Sliced Loaf. Say \"what should I restock\".");
        });
    }

    @Test
    void theOfferGoesAtMostOnceAWeek() {
        on(SATURDAY).offerDue();

        int sameDay = on(SATURDAY).offerDue();
        int nextWeek = on(SATURDAY.plusDays(7)).offerDue();

        assertThat(sameDay).isZero();
        assertThat(nextWeek).isEqualTo(1);
        assertThat(sent).hasSize(2);
    }

    @Test
    void noOfferOnAnotherDayOfTheWeek() {
        assertThat(on(SATURDAY.minusDays(1)).offerDue()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void noOfferAfterTheHouseholdOptedOut() {
        offers.optOut("h1");

        assertThat(on(SATURDAY).offerDue()).isZero();
        assertThat(sent).isEmpty();
    }
}
