package dev.korzina.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.SizeUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogReaderTest {

    private final CatalogReader reader = new CatalogReader();

    @Test
    void readsEveryContractColumnOfAGoodRow() throws IOException {
        CatalogReadResult result = readResource("mixed-quality.csv", CatalogFormat.CSV);

        assertThat(result.products().getFirst())
                .isEqualTo(new Product(
                        "p1",
                        "Молоко Простоквашино 2,5% 930 мл",
                        Optional.empty(),
                        Optional.of("Простоквашино"),
                        Optional.of("Молоко и молочные продукты"),
                        Optional.of(new BigDecimal("109.90")),
                        Optional.of(SizeUnit.ML),
                        Optional.of(new BigDecimal("930")),
                        87));
    }

    @Test
    void keepsGoodRowsOfAMalformedCsvAndReportsEachBadOneWithItsLine() throws IOException {
        CatalogReadResult result = readResource("mixed-quality.csv", CatalogFormat.CSV);

        assertThat(result.products()).extracting(Product::id).containsExactly("p1", "p5", "p8");
        assertThat(result.rowsRead()).isEqualTo(11);
        assertThat(result.skipped())
                .containsExactly(
                        new SkippedRow(3, "price 'abc' is not a number"),
                        new SkippedRow(4, "id is missing"),
                        new SkippedRow(5, "name is missing"),
                        new SkippedRow(7, "duplicate id p1 (first on line 2)"),
                        new SkippedRow(8, "price -10 is negative"),
                        new SkippedRow(10, "unit 'bottle' is not one of pcs, pack, g, kg, ml, l, oz, fl_oz, lb, gal"),
                        new SkippedRow(11, "size 10 has no unit"),
                        new SkippedRow(12, "the row has 13 fields but the header has 9"));
    }

    @Test
    void leavesSizeEmptyForGoodsSoldByWeight() throws IOException {
        CatalogReadResult result = readResource("mixed-quality.csv", CatalogFormat.CSV);

        Product bananas = result.products().stream()
                .filter(p -> p.id().equals("p8"))
                .findFirst()
                .orElseThrow();
        assertThat(bananas.unit()).contains(SizeUnit.KG);
        assertThat(bananas.size()).isEmpty();
    }

    @Test
    void readsJsonLinesIgnoringUnknownFieldsAndReportingBadLines() throws IOException {
        CatalogReadResult result = readResource("products.jsonl", CatalogFormat.JSONL);

        assertThat(result.products()).extracting(Product::id).containsExactly("j1", "j2");
        assertThat(result.products().getFirst().nameEn()).contains("Coca-Cola 1.5 l");
        assertThat(result.products().getFirst().size()).contains(new BigDecimal("1.5"));
        assertThat(result.skipped()).extracting(SkippedRow::line).containsExactly(2L, 3L, 6L);
        assertThat(result.skipped().get(1).reason()).isEqualTo("not a JSON object");
        assertThat(result.skipped().get(2).reason()).isEqualTo("name is missing");
    }

    @Test
    void refusesACsvWhoseHeaderLacksIdAndName() {
        assertThatThrownBy(() -> read("sku,title\n1,Молоко\n", CatalogFormat.CSV))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("must name the columns id and name")
                .hasMessageContaining("sku,title");
    }

    @Test
    void refusesAnEmptyCsv() {
        assertThatThrownBy(() -> read("", CatalogFormat.CSV))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void readsAHeaderWithAByteOrderMarkAndCapitals() {
        CatalogReadResult result = read("\uFEFFID,Name\nx1,Сметана 20%\n", CatalogFormat.CSV);

        assertThat(result.products()).extracting(Product::name).containsExactly("Сметана 20%");
    }

    @Test
    void reportsAnUnclosedQuoteAndKeepsTheRowsBeforeIt() {
        CatalogReadResult result = read("id,name\na1,Творог\na2,\"Сыр\na3,Масло\n", CatalogFormat.CSV);

        assertThat(result.products()).extracting(Product::id).containsExactly("a1");
        assertThat(result.skipped()).hasSize(1);
        assertThat(result.skipped().getFirst().reason()).startsWith("malformed CSV");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] cp1251 = "id,name\nc1,Молоко\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));

        assertThatThrownBy(() -> reader.read(
                        new ByteArrayInputStream(cp1251),
                        CatalogFormat.CSV,
                        "old.csv",
                        cp1251.length,
                        ImportProgress.SILENT))
                .isInstanceOf(CatalogImportException.class)
                .hasMessageContaining("old.csv is not UTF-8 text");
    }

    @Test
    void choosesTheFormatFromTheFileName() {
        assertThat(CatalogFormat.ofFileName("catalog.JSONL")).isEqualTo(CatalogFormat.JSONL);
        assertThat(CatalogFormat.ofFileName("export.ndjson")).isEqualTo(CatalogFormat.JSONL);
        assertThat(CatalogFormat.ofFileName("vkusvill_ru.csv")).isEqualTo(CatalogFormat.CSV);
    }

    private CatalogReadResult read(String text, CatalogFormat format) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return reader.read(new ByteArrayInputStream(bytes), format, "test", bytes.length, ImportProgress.SILENT);
    }

    private CatalogReadResult readResource(String name, CatalogFormat format) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalogs/" + name)) {
            return reader.read(in, format, name, -1, ImportProgress.SILENT);
        }
    }
}
