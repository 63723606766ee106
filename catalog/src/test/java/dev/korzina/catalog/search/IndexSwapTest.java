package dev.korzina.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.catalog.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilding the on-disk index while shoppers search. */
class IndexSwapTest {

    private static final int SEARCHERS = 4;
    private static final int REBUILDS = 8;

    @TempDir
    Path dir;

    @Test
    void searchesNeverFailOrComeBackEmptyWhileTheCatalogIsReimported() throws Exception {
        List<Product> catalog = SearchFixtures.catalog();
        List<Product> smaller = catalog.subList(0, catalog.size() / 2);
        try (LuceneCatalogSearch search = LuceneCatalogSearch.onDisk(dir.resolve("index"), SearchFixtures.synonyms())) {
            search.rebuild(catalog);
            AtomicBoolean importing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS, r -> new Thread(r, "test-searcher"));
            try {
                List<Future<Integer>> searchers = new ArrayList<>();
                for (int i = 0; i < SEARCHERS; i++) {
                    searchers.add(pool.submit(() -> {
                        int searches = 0;
                        while (importing.get() || searches == 0) {
                            assertThat(search.search("молоко", 3).candidates()).isNotEmpty();
                            searches++;
                        }
                        return searches;
                    }));
                }
                for (int i = 0; i < REBUILDS; i++) {
                    search.rebuild(smaller);
                    search.rebuild(catalog);
                }
                importing.set(false);
                for (Future<Integer> searcher : searchers) {
                    assertThat(searcher.get(30, TimeUnit.SECONDS)).isPositive();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(search.size()).isEqualTo(catalog.size());
        }
    }

    @Test
    void keepsOnlyTheLiveBuildOnDiskAndClearsBuildsOfAnEarlierRun() throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(index.resolve("build-stale"));
        try (LuceneCatalogSearch search = LuceneCatalogSearch.onDisk(index, Synonyms.none())) {
            assertThat(search.isReady()).isFalse();

            search.rebuild(SearchFixtures.catalog());
            search.rebuild(SearchFixtures.catalog());

            assertThat(search.isReady()).isTrue();
            try (Stream<Path> builds = Files.list(index)) {
                assertThat(builds).hasSize(1);
            }
        }
    }

    @Test
    void refusesToSearchBeforeTheFirstBuild() {
        try (LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(Synonyms.none())) {
            assertThatThrownBy(() -> search.search("молоко", 3))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not built");
        }
    }
}
