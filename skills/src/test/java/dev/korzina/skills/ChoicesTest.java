package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.skills.Conversation.Option;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    private static final List<Option> OPTIONS = List.of(
            new Option("d-0052", "Масло сливочное Простоквашино 82% 180 г", BigDecimal.ONE),
            new Option("d-0279", "Масло подсолнечное Слобода рафинированное 1 л", BigDecimal.ONE));

    @Test
    void ordinalsPickTheirOptionInBothLanguages() {
        assertThat(Choices.pick("первое", "первое", OPTIONS)).contains(0);
        assertThat(Choices.pick("давай второе", "давай второе", OPTIONS)).contains(1);
        assertThat(Choices.pick("the second one", "the second one", OPTIONS)).contains(1);
        assertThat(Choices.pick("2", "2", OPTIONS)).contains(1);
    }

    @Test
    void aNumberInsideARequestIsNoAnswer() {
        assertThat(Choices.pick("молоко 2 литра", "молоко", OPTIONS)).isEmpty();
    }

    @Test
    void wordsOfOneOptionsNamePickIt() {
        assertThat(Choices.pick("Простоквашино", "простоквашино", OPTIONS)).contains(0);
        assertThat(Choices.pick("подсолнечное", "подсолнечное", OPTIONS)).contains(1);
    }

    @Test
    void wordsThatNameAnotherProductOrBothOptionsPickNothing() {
        assertThat(Choices.pick("добавь кефир простоквашино", "кефир простоквашино", OPTIONS))
                .isEmpty();
        assertThat(Choices.pick("добавь масло", "масло", OPTIONS)).isEmpty();
    }

    @Test
    void aBareOrdinalOnlyPicks() {
        assertThat(Choices.onlyPicks("первое")).isTrue();
        assertThat(Choices.onlyPicks("давай второй вариант")).isTrue();
        assertThat(Choices.onlyPicks("the second one")).isTrue();
    }

    @Test
    void aRequestNamingAProductDoesNotOnlyPick() {
        assertThat(Choices.onlyPicks("мука первый сорт")).isFalse();
        assertThat(Choices.onlyPicks("добавь два батона")).isFalse();
    }
}
