package dev.korzina.catalog.search;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The small Russian and English test catalog and synonyms of {@code src/test/resources/search}. */
final class SearchFixtures {

    private SearchFixtures() {}

    static List<Product> catalog() {
        try (InputStream in = resource("catalog.csv")) {
            return new CatalogReader()
                    .read(in, CatalogFormat.CSV, "test catalog", -1, ImportProgress.SILENT)
                    .products();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms synonyms() {
        try (Reader in = new InputStreamReader(resource("synonyms.txt"), StandardCharsets.UTF_8)) {
            return Synonyms.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ready in-memory search over the test catalog. */
    static LuceneCatalogSearch search() {
        LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(synonyms());
        search.rebuild(catalog());
        return search;
    }

    private static InputStream resource(String name) {
        InputStream in = SearchFixtures.class.getResourceAsStream("/search/" + name);
        if (in == null) {
            throw new IllegalStateException("test resource search/" + name + " is missing");
        }
        return in;
    }
}
