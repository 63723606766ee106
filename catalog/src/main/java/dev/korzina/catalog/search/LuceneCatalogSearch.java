package dev.korzina.catalog.search;

import dev.korzina.catalog.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * {@link CatalogSearch} over an Apache Lucene index. {@link #rebuild} indexes a whole catalog into a fresh
 * directory and then swaps it in atomically: searches running meanwhile finish on the old index, later ones see
 * the new one, and none fails or comes back empty because of the swap.
 *
 * <p>A search first matches words exactly (same stem or transliteration); only when that leaves part of the query
 * unmatched (no spelling correction or synonym found a product for some word), or finds few products, does it also
 * try typos with fuzzy matching, which keeps the common case fast.
 */
public final class LuceneCatalogSearch implements CatalogSearch, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneCatalogSearch.class.getName());
    private static final int MIN_HITS_TO_RANK = 40;
    private static final int HITS_PER_RESULT = 4;
    private static final int FEW_EXACT_HITS = 10;

    private final IndexLocation location;
    private final Synonyms synonyms;
    private final TermAnalysis analysis = new TermAnalysis();
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();

    private LuceneCatalogSearch(IndexLocation location, Synonyms synonyms) {
        this.location = location;
        this.synonyms = synonyms;
    }

    /**
     * A search keeping its index on disk under {@code directory} (one sub-directory per build; older builds,
     * including those left by an earlier run, are deleted).
     *
     * @param directory the index directory, created when missing
     * @param synonyms the query synonyms
     * @return the search, not ready until the first {@link #rebuild}
     */
    public static LuceneCatalogSearch onDisk(Path directory, Synonyms synonyms) {
        return new LuceneCatalogSearch(IndexLocation.onDisk(directory), synonyms);
    }

    /**
     * A search keeping its index in memory, for short-lived uses such as the command line.
     *
     * @param synonyms the query synonyms
     * @return the search, not ready until the first {@link #rebuild}
     */
    public static LuceneCatalogSearch inMemory(Synonyms synonyms) {
        return new LuceneCatalogSearch(IndexLocation.inMemory(), synonyms);
    }

    /**
     * Indexes a catalog and makes it the one searched.
     *
     * @param products the whole catalog, ids unique
     * @throws UncheckedIOException when the index cannot be written; the previous index stays in use
     */
    public synchronized void rebuild(List<Product> products) {
        long start = System.nanoTime();
        IndexLocation.Build build = location.newBuild();
        IndexSnapshot next = IndexSnapshot.build(products, build.directory(), analysis, build.cleanUp());
        IndexSnapshot previous = current.getAndSet(next);
        if (previous != null) {
            previous.release();
        }
        LOG.info(() -> "search index built: " + products.size() + " products in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Whether a catalog has been indexed, so searches can run. */
    public boolean isReady() {
        return current.get() != null;
    }

    /** How many products the searched index holds; 0 before the first build. */
    public int size() {
        return read(IndexSnapshot::size).orElse(0);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException before the first {@link #rebuild}
     */
    @Override
    public SearchResult search(SearchRequest request) {
        IndexSnapshot snapshot =
                acquire().orElseThrow(() -> new IllegalStateException("the search index is not built yet"));
        try {
            return search(snapshot, request);
        } finally {
            snapshot.release();
        }
    }

    @Override
    public Optional<Product> product(String id) {
        return read(snapshot -> snapshot.product(id)).flatMap(product -> product);
    }

    /** Reads the current snapshot under a reference; empty before the first build. */
    private <T> Optional<T> read(Function<IndexSnapshot, T> reading) {
        return acquire().map(snapshot -> {
            try {
                return reading.apply(snapshot);
            } finally {
                snapshot.release();
            }
        });
    }

    private SearchResult search(IndexSnapshot snapshot, SearchRequest request) {
        WordVariants.Vocabulary vocabulary = new MemoizedVocabulary(snapshot);
        List<Slot> slots =
                WordVariants.addTo(synonyms.expand(analysis.terms(SpokenNumbers.rewrite(request.query()))), vocabulary);
        if (slots.isEmpty()) {
            return new SearchResult(List.of());
        }
        Ranking ranking = new Ranking(snapshot, request.purchaseCounts());
        int wanted = Math.max(MIN_HITS_TO_RANK, request.limit() * HITS_PER_RESULT);
        List<Ranking.Hit> exact = hits(snapshot, LuceneQueries.of(slots, false, vocabulary), wanted);
        List<Ranking.Scored> ranked = ranking.rank(exact, slots);
        if (exact.size() < FEW_EXACT_HITS || leavesAWordUnmatched(snapshot, ranked, slots)) {
            ranked = ranking.rank(hits(snapshot, LuceneQueries.of(slots, true, vocabulary), wanted), slots);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < ranked.size() && rank < request.limit(); rank++) {
            Ranking.Scored hit = ranked.get(rank);
            candidates.add(
                    new Candidate(snapshot.product(hit.ordinal()), hit.score(), Ranking.confidence(ranked, rank)));
        }
        return new SearchResult(candidates);
    }

    /** Whether the best product matches none of the ways to say some word of the query. */
    private static boolean leavesAWordUnmatched(IndexSnapshot snapshot, List<Ranking.Scored> ranked, List<Slot> slots) {
        if (ranked.isEmpty()) {
            return true;
        }
        ProductTerms best = snapshot.terms(ranked.get(0).ordinal());
        for (Slot slot : slots) {
            if (slot.weight() == 1.0 && best.match(slot) == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Ranking.Hit> hits(IndexSnapshot snapshot, Query query, int wanted) {
        try {
            // no total hit count is needed: counting only the wanted hits lets Lucene skip documents that cannot
            // make the top, which ranks them the same
            TopDocs top = snapshot.searcher().search(query, new TopScoreDocCollectorManager(wanted, wanted));
            List<Ranking.Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc doc : top.scoreDocs) {
                hits.add(new Ranking.Hit(snapshot.ordinalOfDoc(doc.doc), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** The current snapshot with a reference taken, or empty before the first build. */
    private Optional<IndexSnapshot> acquire() {
        while (true) {
            IndexSnapshot snapshot = current.get();
            if (snapshot == null) {
                return Optional.empty();
            }
            if (snapshot.tryAcquire()) {
                return Optional.of(snapshot);
            }
        }
    }

    /** Closes the index once running searches end; later searches fail. */
    @Override
    public synchronized void close() {
        IndexSnapshot last = current.getAndSet(null);
        if (last != null) {
            last.release();
        }
    }
}
