package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.catalog.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypicalityTest {

    @Test
    void chickenEggsAreMoreTypicalThanTheOneQuailEgg() {
        List<Product> eggs = List.of(
                product("Яйцо перепелиное"),
                product("Яйцо куриное С1"),
                product("Яйцо куриное С0"),
                product("Яйцо куриное от кур свободного выгула (С1)"));

        assertThat(Typicality.rank(eggs, "яйцо").getFirst().name()).isEqualTo("Яйцо куриное С1");
    }

    @Test
    void aPlainLoafComesBeforeAFlavouredOne() {
        List<Product> loaves =
                List.of(product("Батон с изюмом"), product("Батон нарезной"), product("Батон нарезной, половинка"));

        assertThat(Typicality.rank(loaves, "батон").getFirst().name()).isEqualTo("Батон нарезной");
    }

    @Test
    void equallyTypicalProductsKeepTheirOrder() {
        List<Product> milks = List.of(product("Молоко 3,2%, 1 л"), product("Молоко 2,5%, 1 л"));

        assertThat(Typicality.rank(milks, "молоко")).isEqualTo(milks);
    }

    private static Product product(String name) {
        return Product.of(name, name);
    }
}
