package dev.korzina.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.catalog.Product;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names as stores write them: proper names in quotes, flavoured variants beside the plain product, no popularity to
 * tell them apart.
 */
class PlainNamesTest {

    private static LuceneCatalogSearch search;

    @BeforeAll
    static void buildIndex() {
        search = LuceneCatalogSearch.inMemory(Synonyms.none());
        search.rebuild(List.of(
                product("v-1", "Сдоба с яблоком и маскарпоне"),
                product("v-2", "Сыр мягкий «Маскарпоне», 250 г"),
                product("v-3", "Блины шоколадные с маскарпоне и вишней"),
                product("v-4", "Батон с изюмом"),
                product("v-5", "Батон нарезной"),
                product("v-6", "Омлет с сыром «Моцарелла»"),
                product("v-7", "Сыр «Моцарелла», 125 г")));
    }

    @AfterAll
    static void close() {
        search.close();
    }

    private static Product product(String id, String name) {
        return Product.of(id, name);
    }

    private static Candidate best(String query) {
        return search.search(query, 5).best().orElseThrow();
    }

    @Test
    void aQuotedProperNameNamesTheProduct() {
        assertThat(best("маскарпоне").product().id()).isEqualTo("v-2");
    }

    @Test
    void aProductFoundByItsQuotedNameIsMoreThanAMention() {
        assertThat(best("маскарпоне").confidence()).isGreaterThan(0.5);
    }

    @Test
    void aQuotedNameAfterAPrepositionIsAnIngredient() {
        assertThat(best("моцарелла").product().id()).isEqualTo("v-7");
    }

    @Test
    void thePlainProductComesBeforeAFlavouredOneOfEqualScore() {
        assertThat(best("батон").product().id()).isEqualTo("v-5");
    }
}
