package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplacementTest {

    @Test
    void aRussianSwapNamesWhatGoesOutAndWhatComesIn() {
        assertThat(Replacement.in("Поменяй кефир на ряженку")).contains(new Replacement("кефир", "ряженку"));
        assertThat(Replacement.in("вместо кефира возьми ряженку")).contains(new Replacement("кефира", "ряженку"));
    }

    @Test
    void anEnglishSwapNamesWhatGoesOutAndWhatComesIn() {
        assertThat(Replacement.in("replace the milk with oat milk")).contains(new Replacement("milk", "oat milk"));
    }

    @Test
    void aNumberAfterNaIsANewQuantityNotAProduct() {
        assertThat(Replacement.in("поменяй молоко на 3")).isEmpty();
        assertThat(Replacement.in("поменяй молоко на три")).isEmpty();
    }

    @Test
    void anAdditionIsNoSwap() {
        assertThat(Replacement.in("добавь кефир и ряженку")).isEmpty();
    }
}
