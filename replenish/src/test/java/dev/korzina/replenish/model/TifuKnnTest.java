package dev.korzina.replenish.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.ScoredItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TifuKnnTest {

    private static final TifuKnn.Parameters OWN_ONLY = new TifuKnn.Parameters(2, 0.5, 0.5, 0, 1.0);

    @Test
    void decaysOldBasketsInTifuKnn() {
        // 4 baskets in 2 groups of 2: basket weights 0.5^3, 0.5^2 | 0.5, 1; group weights 0.5, 1; divided by size 2
        // and by 2 groups
        History history = new History(
                "a", List.of(Basket.of("old"), Basket.of("old"), Basket.of("new"), Basket.of("new", "old")));

        Map<String, Double> vector = TifuVector.of(history, OWN_ONLY);

        assertThat(vector.get("new")).isCloseTo((0.5 + 1) / 2 / 2, within(1e-12));
        assertThat(vector.get("old")).isCloseTo(0.5 * (0.125 + 0.25) / 2 / 2 + 1.0 / 2 / 2, within(1e-12));
    }

    @Test
    void putsTheLongerGroupsLastAsTheAuthorsCodeDoes() {
        // 5 baskets in 2 groups: [b0, b1] and [b2, b3, b4]; no decay, so a group's item weighs its share of the group
        TifuKnn.Parameters noDecay = new TifuKnn.Parameters(2, 1.0, 1.0, 0, 1.0);
        History history = new History(
                "a", List.of(Basket.of("x"), Basket.of("y"), Basket.of("z"), Basket.of("z"), Basket.of("z")));

        Map<String, Double> vector = TifuVector.of(history, noDecay);

        assertThat(vector.get("x")).isCloseTo(0.5 / 2, within(1e-12));
        assertThat(vector.get("z")).isCloseTo(1.0 / 2, within(1e-12));
    }

    @Test
    void ranksARecentItemAboveAnOldOneBoughtAsOften() {
        History history = new History("a", List.of(Basket.of("old"), Basket.of("new")));
        TifuKnn model = new TifuKnn("t", OWN_ONLY);

        List<ScoredItem> predicted = model.fit(List.of(history)).predict(history, 2);

        assertThat(predicted).extracting(ScoredItem::item).containsExactly("new", "old");
    }

    @Test
    void recommendsWhatTheMostSimilarHouseholdsBuy() {
        List<History> households = List.of(
                new History("me", List.of(Basket.of("pasta", "tomatoes"))),
                new History("alike", List.of(Basket.of("pasta", "tomatoes", "basil"))),
                new History("other", List.of(Basket.of("beer", "chips"), Basket.of("beer", "chips"))));
        TifuKnn model = new TifuKnn("t", new TifuKnn.Parameters(3, 1.0, 1.0, 1, 0.5));

        List<ScoredItem> predicted = model.fit(households).predict(households.getFirst(), 3);

        assertThat(predicted).extracting(ScoredItem::item).containsExactly("pasta", "tomatoes", "basil");
    }

    @Test
    void neverTakesTheHouseholdAsItsOwnNeighbour() {
        List<History> households = List.of(
                new History("me", List.of(Basket.of("pasta"))),
                new History("alike", List.of(Basket.of("pasta", "basil"))));
        TifuKnn model = new TifuKnn("t", new TifuKnn.Parameters(3, 1.0, 1.0, 1, 0.0));

        List<ScoredItem> predicted = model.fit(households).predict(households.getFirst(), 2);

        // with itself as the neighbour, basil would only come from the popularity fill, scored below 1
        assertThat(predicted).containsExactly(new ScoredItem("pasta", 1.0), new ScoredItem("basil", 1.0));
    }

    @Test
    void predictsForAHouseholdItWasNotFittedOnWithItemsItHasNeverSeen() {
        List<History> households = List.of(new History("a", List.of(Basket.of("milk", "bread"))));
        History stranger = new History("z", List.of(Basket.of("kvass"), Basket.of("kvass", "milk")));

        List<ScoredItem> predicted = Methods.best().fit(households).predict(stranger, 3);

        // own vector (alpha 0.3): kvass 0.595, milk 0.35; the neighbour "a" (weight 0.7): milk 0.49, bread 0.49
        assertThat(predicted).extracting(ScoredItem::item).containsExactly("milk", "bread", "kvass");
    }

    @Test
    void rejectsAnAlphaOutsideZeroToOne() {
        assertThatThrownBy(() -> new TifuKnn.Parameters(3, 1.0, 0.7, 300, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha must be in [0, 1], not 1.5");
    }
}
