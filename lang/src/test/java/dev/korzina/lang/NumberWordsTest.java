package dev.korzina.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void readsRussianCaseForms() {
        assertThat(NumberWords.cardinal("две")).contains(2);
        assertThat(NumberWords.cardinal("двух")).contains(2);
        assertThat(NumberWords.cardinal("одну")).contains(1);
    }

    @Test
    void readsTheLetterYoAsYe() {
        assertThat(NumberWords.cardinal("трёх")).contains(3);
        assertThat(NumberWords.cardinal("трех")).contains(3);
    }

    @Test
    void readsEnglishInAnyCase() {
        assertThat(NumberWords.cardinal("Twelve")).contains(12);
    }

    @Test
    void leavesOtherWordsAlone() {
        assertThat(NumberWords.cardinal("молоко")).isEmpty();
        assertThat(NumberWords.cardinal("milk")).isEmpty();
    }
}
