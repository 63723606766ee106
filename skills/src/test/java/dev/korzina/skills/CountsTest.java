package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aBareCountIsReadInDigitsOrWordsOfEitherLanguage() {
        assertThat(Counts.read("сделай две")).contains(BigDecimal.valueOf(2));
        assertThat(Counts.read("make it three")).contains(BigDecimal.valueOf(3));
        assertThat(Counts.read("пусть будет 12")).contains(BigDecimal.valueOf(12));
    }

    @Test
    void anUtteranceWithoutACountHasNone() {
        assertThat(Counts.read("сделай побольше")).isEmpty();
    }
}
