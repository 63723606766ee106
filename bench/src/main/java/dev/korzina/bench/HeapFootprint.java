package dev.korzina.bench;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.catalog.search.Synonyms;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Prints the heap a built in-memory index holds and the heap used while searching it: run it with the catalog file
 * as the argument and a small {@code -Xmx} (bin/bench uses 200m) to show the whole thing fits.
 */
public final class HeapFootprint {

    private static final int SEARCHES = 2_000;
    private static final long MB = 1024 * 1024;

    private HeapFootprint() {}

    /**
     * What one catalog costs.
     *
     * @param products products indexed
     * @param indexBytes heap held by the index and its product data, after a GC
     * @param usedBytes heap used with the catalog read and indexed, after a GC
     * @param peakBytes the most heap seen in use while searching
     */
    record Footprint(int products, long indexBytes, long usedBytes, long peakBytes) {}

    /**
     * Measures one catalog.
     *
     * @param args the catalog file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HeapFootprint CATALOG_FILE");
            System.exit(2);
        }
        Footprint footprint = measure(BenchCatalog.read(args[0]));
        System.out.printf(
                "products=%d index_heap_mb=%d heap_used_mb=%d peak_heap_while_searching_mb=%d max_heap_mb=%d%n",
                footprint.products(),
                footprint.indexBytes() / MB,
                footprint.usedBytes() / MB,
                footprint.peakBytes() / MB,
                Runtime.getRuntime().maxMemory() / MB);
    }

    static Footprint measure(List<Product> products) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        try (LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(Synonyms.none())) {
            search.rebuild(products);
            long used = usedAfterGc(memory);
            long peak = used;
            for (int i = 0; i < SEARCHES; i++) {
                search.search(i % 2 == 0 ? "organic milk" : "bannana", 10);
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            }
            return new Footprint(search.size(), used - before, used, peak);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
