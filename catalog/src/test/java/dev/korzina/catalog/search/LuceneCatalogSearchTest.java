package dev.korzina.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What shoppers say, through the {@link CatalogSearch} seam, against the small test catalog. */
class LuceneCatalogSearchTest {

    private static LuceneCatalogSearch lucene;
    private static CatalogSearch search;

    @BeforeAll
    static void buildIndex() {
        lucene = SearchFixtures.search();
        search = lucene;
    }

    @AfterAll
    static void close() {
        lucene.close();
    }

    private static List<String> ids(String query) {
        return search.search(query, 5).candidates().stream()
                .map(c -> c.product().id())
                .toList();
    }

    private static String best(String query) {
        return search.search(query, 5).best().orElseThrow().product().id();
    }

    @Test
    void findsMilkFromGenitiveMoloka() {
        assertThat(ids("молока")).isNotEmpty().allMatch(id -> id.startsWith("m"));
    }

    @Test
    void findsMilkDespiteATypo() {
        assertThat(best("малоко")).startsWith("m");
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "kefir, k",
        "coca cola, c1",
        "пармалат, m4",
        "smetana, s",
    })
    void findsCyrillicNamesFromLatinSpellingsAndBack(String query, String idPrefix) {
        assertThat(best(query)).startsWith(idPrefix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "молоко 2,5%|m1",
                "молоко 2.5|m1",
                "молоко простоквашино два с половиной процента|m1",
                "молоко три и два литра полтора|m3",
                "кока кола 0,5 литра|c2",
                "milk 2%|en2",
            })
    void matchesFatAndSizeHoweverTheyAreWrittenOrSaid(String query, String id) {
        assertThat(best(query)).isEqualTo(id);
    }

    @Test
    void understandsColloquialWordsFromTheSynonymsFile() {
        assertThat(best("полторашка колы")).isEqualTo("c1");
        assertThat(ids("газировка")).contains("c4");
        assertThat(ids("минералка")).containsExactly("c3");
    }

    @Test
    void readsDiminutivesAsTheirBaseWord() {
        assertThat(best("кефирчик")).startsWith("k");
    }

    @Test
    void prefersTheProductTypeOverAProductThatMentionsIt() {
        assertThat(best("творог")).isEqualTo("t1");
        assertThat(best("milk")).isIn("en1", "en2");
        assertThat(best("bananas")).isIn("en5", "en6");
    }

    @Test
    void matchesMultiWordNamesAndBrands() {
        assertThat(best("батон нарезной")).isEqualTo("b1");
        assertThat(best("сметана домик в деревне")).isEqualTo("s2");
        assertThat(best("хлеб бородинский")).isEqualTo("b2");
    }

    @Test
    void breaksTiesByPopularity() {
        // both Простоквашино milks match "молоко простоквашино" equally; m1 sells more
        assertThat(best("молоко простоквашино")).isEqualTo("m1");
    }

    @Test
    void prefersTheBrandTheHouseholdBuys() {
        SearchRequest household = new SearchRequest("сметана", 5, Map.of("m3", 4));

        assertThat(search.search(household).best().orElseThrow().product().id()).isEqualTo("s2");
        assertThat(best("сметана")).isEqualTo("s1");
    }

    @Test
    void prefersWhatTheHouseholdBoughtBefore() {
        SearchRequest household = new SearchRequest("кефир", 5, Map.of("k2", 3));

        assertThat(search.search(household).best().orElseThrow().product().id()).isEqualTo("k2");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource({"айфон", "стиральный порошок", "корм для кошек", "'   '", "и в на"})
    void answersNothingForAQueryWithNoMatch(String query) {
        assertThat(search.search(query, 5).notFound()).isTrue();
    }

    @Test
    void isSureOfAnExactProductAndUnsureWhenSeveralFitEqually() {
        SearchResult exact = search.search("Кефир Савушкин 3,2% 430 г", 5);
        SearchResult vague = search.search("молоко 3,2", 5);

        assertThat(exact.confidentBest())
                .hasValueSatisfying(c -> assertThat(c.product().id()).isEqualTo("k2"));
        assertThat(vague.best().orElseThrow().confidence()).isLessThan(SearchResult.CONFIDENT);
        assertThat(vague.confidentBest()).isEmpty();
    }

    @Test
    void isUnsureOfAProductThatOnlyMentionsTheWord() {
        SearchResult mention = search.search("peanut", 5);

        assertThat(mention.best())
                .hasValueSatisfying(c -> assertThat(c.product().id()).isEqualTo("en10"));
        assertThat(mention.confidentBest()).isEmpty();
    }

    @Test
    void confidenceIsInRangeAndNeverHigherForALaterCandidate() {
        List<Candidate> candidates = search.search("молоко", 5).candidates();

        assertThat(candidates).hasSizeGreaterThan(1);
        assertThat(candidates).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
        assertThat(candidates.subList(1, candidates.size()))
                .allSatisfy(c -> assertThat(c.confidence())
                        .isLessThanOrEqualTo(candidates.get(0).confidence()));
    }

    @Test
    void returnsAtMostTheLimitBestFirst() {
        List<Candidate> candidates = search.search("молоко", 2).candidates();

        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).score())
                .isGreaterThanOrEqualTo(candidates.get(1).score());
    }
}
