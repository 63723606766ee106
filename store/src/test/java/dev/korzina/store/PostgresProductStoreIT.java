package dev.korzina.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.SizeUnit;
import dev.korzina.catalog.imports.CatalogImportException;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.imports.ImportReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresProductStoreIT {

    @TempDir
    static Path dataDir;

    private static Database database;
    private ProductStore store;

    @BeforeAll
    static void startDatabase() {
        database = Database.start(new DbConfig(Optional.empty(), Optional.empty(), Optional.empty(), dataDir, 4));
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void emptyCatalog() {
        store = new PostgresProductStore(database.dataSource());
        store.replaceAll(List.of());
    }

    @Test
    void keepsEveryFieldOfAProduct() {
        Product milk = new Product(
                "p1",
                "Молоко Домик в деревне 3,2% 1,4 л",
                Optional.of("Domik v derevne Milk 3.2% 1.4 l"),
                Optional.of("Домик в деревне"),
                Optional.of("Молоко и молочные продукты"),
                Optional.of(new BigDecimal("149.90")),
                Optional.of(SizeUnit.L),
                Optional.of(new BigDecimal("1.4")),
                80);

        store.replaceAll(List.of(milk));

        assertThat(store.findAll()).containsExactly(milk);
    }

    @Test
    void keepsAProductWithOnlyIdAndName() {
        Product salt = product("p2", "Соль");

        store.replaceAll(List.of(salt));

        assertThat(store.findAll()).containsExactly(salt);
    }

    @Test
    void replacingTheCatalogDropsProductsMissingFromTheNewOneAndUpdatesTheRest() {
        store.replaceAll(List.of(product("a", "Хлеб"), product("b", "Батон")));

        store.replaceAll(List.of(product("b", "Батон нарезной"), product("c", "Багет")));

        assertThat(store.findAll()).extracting(Product::name).containsExactly("Батон нарезной", "Багет");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void importingAMalformedCsvStoresTheGoodRows(@TempDir Path files) throws Exception {
        Path csv = files.resolve("catalog.csv");
        Files.writeString(csv, """
                id,name,price,unit,size
                m1,Молоко 2.5% 1 л,89.90,l,1
                m2,Кефир,дорого,,
                m3,Сметана 20% 300 г,99,g,300
                """, StandardCharsets.UTF_8);

        ImportReport report = new CatalogImporter(store).importFile(csv, ImportProgress.SILENT);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.line()).isEqualTo(3));
        assertThat(store.findAll()).extracting(Product::id).containsExactly("m1", "m3");
    }

    @Test
    void aFileWithoutAnyGoodRowLeavesTheCatalogUnchanged(@TempDir Path files) throws Exception {
        store.replaceAll(List.of(product("keep", "Творог")));
        Path csv = files.resolve("broken.csv");
        Files.writeString(csv, "id,name,price\n,Без id,10\nx,Сыр,много\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new CatalogImporter(store).importFile(csv, ImportProgress.SILENT))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("line 2: id is missing")
                .hasMessageContaining("the catalog is unchanged");
        assertThat(store.findAll()).extracting(Product::id).containsExactly("keep");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path files) {
        Path missing = files.resolve("nope.csv");

        assertThatThrownBy(() -> new CatalogImporter(store).importFile(missing, ImportProgress.SILENT))
                .isInstanceOf(CatalogImportException.class)
                .hasMessage("catalog file " + missing + " does not exist");
    }

    private static Product product(String id, String name) {
        return Product.of(id, name);
    }
}
