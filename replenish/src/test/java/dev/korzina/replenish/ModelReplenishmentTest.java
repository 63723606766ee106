package dev.korzina.replenish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.replenish.model.PersonalGlobalTopFrequency;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelReplenishmentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final History family = new History(
            "family",
            List.of(
                    Basket.on(MONDAY, "milk", "coffee"),
                    Basket.on(MONDAY.plusDays(3), "milk"),
                    Basket.on(MONDAY.plusDays(6), "milk", "bread"),
                    Basket.on(MONDAY.plusDays(10), "milk", "cake")));
    private final History neighbour = new History("neighbour", List.of(Basket.of("bread", "eggs")));

    private final Replenishment replenishment = new ModelReplenishment(
            new PersonalGlobalTopFrequency(), new InMemoryPurchaseHistory(List.of(family, neighbour)));

    @Test
    void explainsASuggestionWithTheHouseholdsUsualInterval() {
        List<Suggestion> suggestions = replenishment.suggest("family", 1, MONDAY.plusDays(12));

        assertThat(suggestions).containsExactly(new Suggestion("milk", 4, Optional.of(Duration.ofDays(3)), 4));
    }

    @Test
    void ignoresPurchasesAfterTheDayAsked() {
        List<Suggestion> suggestions = replenishment.suggest("family", 3, MONDAY.plusDays(7));

        assertThat(suggestions)
                .extracting(Suggestion::itemId)
                .containsExactly("milk", "bread", "coffee")
                .doesNotContain("cake");
        assertThat(suggestions.get(2).usualInterval()).isEmpty();
        assertThat(suggestions.get(2).timesBought()).isOne();
    }

    @Test
    void suggestsPopularItemsToAHouseholdWithoutPurchases() {
        List<Suggestion> suggestions = replenishment.suggest("newcomer", 2, MONDAY);

        assertThat(suggestions).extracting(Suggestion::itemId).containsExactly("milk", "bread");
        assertThat(suggestions).extracting(Suggestion::timesBought).containsOnly(0);
    }
}
