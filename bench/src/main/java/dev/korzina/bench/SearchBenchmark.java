package dev.korzina.bench;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.catalog.search.SearchResult;
import dev.korzina.catalog.search.Synonyms;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The latency of one search (top 10) over the first {@link #size} products of a catalog, cycling through shoppers'
 * queries of every kind: exact names, plurals, typos, numbers, brands and multi-word names. Sample mode reports the
 * median and the 99th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    private static final List<String> QUERIES = List.of(
            "milk",
            "organic bananas",
            "2% milk",
            "bannana",
            "greek yoghurt",
            "peanut buter",
            "extra virgin olive oil",
            "cheerios",
            "sparkling water grapefruit",
            "chiken breast",
            "boneless skinless chicken thighs",
            "avacado",
            "93% lean ground beef",
            "cage free brown eggs",
            "strawberry",
            "tortila chips",
            "vanilla ice cream",
            "oj",
            "mac n cheese",
            "unsweetened almond milk");

    /** The catalog file. */
    @Param("")
    public String catalog;

    /** How many of its products to index. */
    @Param({"5000", "50000"})
    public int size;

    /** The synonyms file; empty for none. */
    @Param("")
    public String synonyms;

    private LuceneCatalogSearch search;
    private int next;

    /** Indexes the catalog. */
    @Setup
    public void buildIndex() throws Exception {
        List<Product> products = BenchCatalog.read(catalog);
        Synonyms words =
                synonyms.isBlank() ? Synonyms.none() : Synonyms.parse(Files.newBufferedReader(Path.of(synonyms)));
        search = LuceneCatalogSearch.inMemory(words);
        search.rebuild(products.subList(0, Math.min(size, products.size())));
    }

    /** Closes the index. */
    @TearDown
    public void close() {
        search.close();
    }

    /**
     * One search.
     *
     * @return its result, so that it is not optimised away
     */
    @Benchmark
    public SearchResult search() {
        next = (next + 1) % QUERIES.size();
        return search.search(QUERIES.get(next), 10);
    }
}
