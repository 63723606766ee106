package dev.korzina.nlu.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroceriesTest {

    private final Groceries groceries = new Groceries(List.of("молоко", "майонез", "кефир"));

    @Test
    void correctsOneWrongLetter() {
        assertThat(groceries.correct("малоко")).contains("молоко");
    }

    @Test
    void correctsSwappedLetters() {
        assertThat(groceries.correct("майоенз")).contains("майонез");
    }

    @Test
    void correctsAMissingLetter() {
        assertThat(groceries.correct("майонз")).contains("майонез");
    }

    @Test
    void leavesShortWordsAlone() {
        assertThat(groceries.correct("кфир")).isEmpty();
    }

    @Test
    void leavesWordsTwoEditsAwayAlone() {
        assertThat(groceries.correct("малако")).isEmpty();
    }
}
