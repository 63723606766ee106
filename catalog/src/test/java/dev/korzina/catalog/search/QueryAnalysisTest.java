package dev.korzina.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How names and queries are turned into comparable words. */
class QueryAnalysisTest {

    private final TermAnalysis analysis = new TermAnalysis();

    private List<String> stems(String text) {
        return analysis.terms(text).stream().map(QueryTerm::stem).toList();
    }

    @Test
    void writesFatAndSizesOneWay() {
        assertThat(stems("Молоко 2,5% 930мл")).containsExactly("молок", "2.5", "930", "мл");
        assertThat(stems("молоко 2.5 процента 930 миллилитров")).containsExactly("молок", "2.5", "930", "мл");
        assertThat(stems("Milk 1 Gallon")).containsExactly("milk", "1", "gal");
    }

    @Test
    void stemsRussianInflectionsAndEnglishPlurals() {
        assertThat(stems("молока")).isEqualTo(stems("молоко"));
        assertThat(stems("ёжики")).isEqualTo(stems("ежик"));
        assertThat(stems("bananas")).isEqualTo(stems("banana"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"kefir, кефир", "coca, кока", "cola, кола", "parmalat, пармалат", "shokolad, шоколад", "tvorog, творог"
    })
    void givesLatinSpellingsAndCyrillicWordsTheSameKey(String latin, String cyrillic) {
        assertThat(Transliteration.key(latin)).isEqualTo(Transliteration.key(cyrillic));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "молоко два с половиной процента|молоко 2.5 процента",
                "молоко три и два|молоко 3.2",
                "три целых две десятых|3.2",
                "полтора литра колы|1.5 литра колы",
                "two percent milk|2 percent milk",
                "молоко 2,5|молоко 2,5",
            })
    void writesSpokenNumbersAsDigits(String spoken, String written) {
        assertThat(SpokenNumbers.rewrite(spoken)).isEqualTo(written);
    }

    @Test
    void expandsSynonymsOfAnyInflectionIntoOneSlot() {
        Synonyms synonyms = Synonyms.parse(new StringReader("газировка, лимонад\nполторашка => 1,5 л\n"));

        List<Slot> slots = synonyms.expand(analysis.terms("газировку полторашку"));

        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).alternatives())
                .extracting(alternative -> alternative.words().get(0).stem())
                .containsExactly("газировк", "лимонад");
        assertThat(slots.get(1).alternatives().get(1).words())
                .extracting(QueryTerm::stem)
                .containsExactly("1.5", "л");
    }

    @Test
    void rejectsAMalformedSynonymsLineNamingIt() {
        assertThatThrownBy(() -> Synonyms.parse(new StringReader("# ok\nа => б => в\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void toleratesTyposByWordLength() {
        assertThat(Levenshtein.distance("малоко", "молоко", 2)).isEqualTo(1);
        assertThat(Levenshtein.distance("молкоо", "молоко", 2)).isEqualTo(1);
        assertThat(Levenshtein.distance("сыр", "сок", 1)).isEqualTo(2);
        assertThat(new QueryTerm("сыр", "sir").allowedEdits()).isZero();
        assertThat(new QueryTerm("кефир", "kefir").allowedEdits()).isEqualTo(1);
        assertThat(new QueryTerm("сметан", "smetan").allowedEdits()).isEqualTo(2);
    }
}
