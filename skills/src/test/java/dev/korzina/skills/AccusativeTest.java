package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.morph.Morphology;
import org.junit.jupiter.api.Test;

class AccusativeTest {

    private final Accusative accusative = new Accusative(Morphology.russian());

    @Test
    void aFeminineNounTakesTheAccusativeAndTheBrandStays() {
        assertThat(accusative.of("ряженка Простоквашино")).isEqualTo("ряженку Простоквашино");
    }

    @Test
    void adjectivesBeforeAndAfterTheNounAgree() {
        assertThat(accusative.of("сладкая вата")).isEqualTo("сладкую вату");
        assertThat(accusative.of("вода питьевая Святой источник")).isEqualTo("воду питьевую Святой источник");
    }

    @Test
    void masculineNeuterAndPluralNamesStay() {
        assertThat(accusative.of("батон Нарезной")).isEqualTo("батон Нарезной");
        assertThat(accusative.of("молоко Простоквашино")).isEqualTo("молоко Простоквашино");
        assertThat(accusative.of("яйца куриные")).isEqualTo("яйца куриные");
    }
}
