package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RepliesTest {

    private final Replies replies = new Replies();

    @Test
    void russianCountsTakeTheFormOfTheirLastDigits() {
        assertThat(List.of(1, 2, 5, 11, 21, 22, 25, 112, 104))
                .extracting(n -> replies.count(Language.RU, "unit.pcs", BigDecimal.valueOf(n)))
                .containsExactly(
                        "1 штука",
                        "2 штуки",
                        "5 штук",
                        "11 штук",
                        "21 штука",
                        "22 штуки",
                        "25 штук",
                        "112 штук",
                        "104 штуки");
    }

    @Test
    void fractionsTakeTheGenitiveSingularInRussianAndThePluralInEnglish() {
        assertThat(replies.count(Language.RU, "unit.pcs", new BigDecimal("1.5")))
                .isEqualTo("1.5 штуки");
        assertThat(replies.count(Language.EN, "line", new BigDecimal("1.5"))).isEqualTo("1.5 items");
        assertThat(replies.count(Language.EN, "line", BigDecimal.ONE)).isEqualTo("1 item");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("replies_ru.properties")).isEqualTo(keys("replies.properties"));
    }

    @Test
    void productNamesAreShortenedBeforeTheFirstNumberForSpeech() {
        assertThat(Replies.shortName("Молоко Простоквашино пастеризованное 2,5% 930 мл", Language.RU))
                .isEqualTo("молоко Простоквашино пастеризованное");
        assertThat(Replies.shortName("Картофель", Language.RU)).isEqualTo("картофель");
    }

    @Test
    void aShortNameKeepsTheProperNameBeforeAComma() {
        assertThat(Replies.shortName("Сыр мягкий «Маскарпоне», 250 г", Language.RU))
                .isEqualTo("сыр мягкий «Маскарпоне»");
    }

    @Test
    void englishShortNamesKeepTheirCaseAndTheirTypeWord() {
        assertThat(Replies.shortName("Blended Apple Cinnamon Greek Yoghurt", Language.EN))
                .isEqualTo("Apple Cinnamon Greek Yoghurt");
        assertThat(Replies.shortName("Cheddar Cheese", Language.EN)).isEqualTo("Cheddar Cheese");
    }

    @Test
    void englishNamesKeepTheirCapitalsWhenShortened() {
        assertThat(Replies.shortName("Prostokvashino Kefir 1% 930 ml", Language.EN))
                .isEqualTo("Prostokvashino Kefir");
    }

    @Test
    void listsAreJoinedWithTheLanguagesAnd() {
        assertThat(replies.join(Language.RU, List.of("кефир", "батон", "молоко")))
                .isEqualTo("кефир, батон и молоко");
        assertThat(replies.join(Language.EN, List.of("kefir", "bread"))).isEqualTo("kefir and bread");
    }

    private static java.util.Set<Object> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RepliesTest.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
