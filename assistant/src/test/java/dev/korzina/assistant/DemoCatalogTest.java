package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogReadResult;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCatalogTest {

    private static CatalogReadResult demo;

    @BeforeAll
    static void readDemoCatalog() throws Exception {
        try (InputStream in = CatalogBootstrap.openDemoCatalog()) {
            demo = new CatalogReader().read(in, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        }
    }

    @Test
    void everyRowOfTheBundledCatalogIsValid() {
        assertThat(demo.skipped()).isEmpty();
        assertThat(demo.products()).hasSizeGreaterThanOrEqualTo(450);
    }

    @Test
    void everyProductHasAPriceACategoryAndAnEnglishName() {
        assertThat(demo.products()).allSatisfy(p -> {
            assertThat(p.price()).isPresent();
            assertThat(p.category()).isPresent();
            assertThat(p.nameEn()).isPresent();
        });
    }

    @Test
    void offersSeveralMilksSoThatAShopperCanBeAskedWhichOne() {
        assertThat(demo.products().stream()
                        .map(Product::name)
                        .filter(name -> name.startsWith("Молоко"))
                        .count())
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void sellsLooseProduceByTheKilogramWithoutAPackSize() {
        Optional<Product> bananas =
                demo.products().stream().filter(p -> p.name().equals("Бананы")).findFirst();

        assertThat(bananas).hasValueSatisfying(p -> assertThat(p.size()).isEmpty());
    }
}
