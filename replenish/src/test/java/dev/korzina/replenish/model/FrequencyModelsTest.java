package dev.korzina.replenish.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.ScoredItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrequencyModelsTest {

    private final List<History> households = List.of(
            new History("a", List.of(Basket.of("milk", "bread"), Basket.of("milk", "eggs"), Basket.of("milk", "tea"))),
            new History("b", List.of(Basket.of("bread", "cheese"), Basket.of("bread"))),
            new History("c", List.of(Basket.of("bread", "apples"))));

    @Test
    void ranksAnItemBoughtInEveryBasketFirst() {
        List<String> items = items(new PersonalTopFrequency(), households.get(0), 10);

        assertThat(items.getFirst()).isEqualTo("milk");
    }

    @Test
    void breaksFrequencyTiesByTheMostRecentPurchase() {
        List<String> items = items(new PersonalTopFrequency(), households.get(0), 10);

        assertThat(items).containsExactly("milk", "tea", "eggs", "bread");
    }

    @Test
    void countsAnItemRepeatedInOneBasketOnce() {
        History history =
                new History("d", List.of(Basket.of("salt", "salt", "salt"), Basket.of("rice"), Basket.of("rice")));

        List<ScoredItem> predicted =
                new PersonalTopFrequency().fit(List.of(history)).predict(history, 2);

        assertThat(predicted).containsExactly(new ScoredItem("rice", 2), new ScoredItem("salt", 1));
    }

    @Test
    void fillsWithGloballyPopularItemsForANewHousehold() {
        List<String> items = items(new PersonalGlobalTopFrequency(), History.empty("new"), 3);

        assertThat(items).containsExactly("bread", "milk", "apples");
    }

    @Test
    void fillsAShortPersonalListWithPopularItemsItDoesNotRepeat() {
        List<String> items = items(new PersonalGlobalTopFrequency(), households.get(1), 4);

        assertThat(items).containsExactly("bread", "cheese", "milk", "apples");
    }

    @Test
    void predictsTheSamePopularItemsForEveryone() {
        assertThat(items(new GlobalTopFrequency(), households.get(0), 2))
                .isEqualTo(items(new GlobalTopFrequency(), households.get(2), 2))
                .containsExactly("bread", "milk");
    }

    private List<String> items(NextBasketModel model, History history, int k) {
        return model.fit(households).predict(history, k).stream()
                .map(ScoredItem::item)
                .toList();
    }
}
