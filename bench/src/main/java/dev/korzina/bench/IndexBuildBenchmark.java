package dev.korzina.bench;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.catalog.search.Synonyms;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long a whole catalog takes to become searchable: reading the file ({@link #readAndIndex}), or indexing products
 * already read ({@link #index}), as after an import into the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

    /** The catalog file, e.g. the 50k-product Instacart catalog. */
    @Param("")
    public String catalog;

    private List<Product> products;

    /** Reads the catalog once for {@link #index}. */
    @Setup
    public void readCatalog() {
        products = BenchCatalog.read(catalog);
    }

    /**
     * Reads the catalog file and indexes it in memory, as {@code korzina search --catalog} does.
     *
     * @return the number of products indexed
     */
    @Benchmark
    public int readAndIndex() {
        try (LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(Synonyms.none())) {
            search.rebuild(BenchCatalog.read(catalog));
            return search.size();
        }
    }

    /**
     * Indexes products already read.
     *
     * @return the number of products indexed
     */
    @Benchmark
    public int index() {
        try (LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(Synonyms.none())) {
            search.rebuild(products);
            return search.size();
        }
    }
}
