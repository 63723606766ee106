package dev.korzina.store.transcripts;

import dev.korzina.catalog.search.ProductAnalyzer;
import dev.korzina.store.dialog.PostgresTranscriptStore;
import dev.korzina.store.dialog.StoredTranscript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of the {@code transcripts} table. PostgreSQL stays the record: the index is built from it when
 * opened, and before each search it reads the turns stored since (by any instance), so a search sees every turn
 * recorded before it started. Words are analysed like product names: "батон" finds "добавь два батона", "egg" finds
 * "a dozen eggs". Thread-safe.
 */
public final class LuceneTranscriptSearch implements TranscriptSearch, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneTranscriptSearch.class.getName());

    /** Turns read from the database at a time. */
    private static final int BATCH = 1000;

    /**
     * Row ids are taken when a turn's transaction starts, so turns may become visible a little out of id order;
     * each catch-up therefore looks again at this many ids below the highest indexed one.
     */
    private static final long OVERLAP = 256;

    private static final Sort NEWEST_FIRST = new Sort(new SortField(TranscriptDocuments.AT, SortField.Type.LONG, true));
    private static final Sort BEST_THEN_NEWEST =
            new Sort(SortField.FIELD_SCORE, new SortField(TranscriptDocuments.AT, SortField.Type.LONG, true));

    private final PostgresTranscriptStore store;
    private final Directory directory;
    private final Analyzer analyzer = ProductAnalyzer.stems();
    private final TranscriptAnalysis analysis = new TranscriptAnalysis(analyzer);
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The ids indexed in the overlap window, so a look back indexes only what it had not seen. */
    private final TreeSet<Long> recent = new TreeSet<>();

    private long highest;

    private LuceneTranscriptSearch(PostgresTranscriptStore store, Directory directory) throws IOException {
        this.store = store;
        this.directory = directory;
        this.writer = new IndexWriter(
                directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Builds the index in a directory, deleting what an earlier run left there (the index is never committed: the
     * database is the record).
     *
     * @param path the directory
     * @param store the stored turns
     * @return the search, holding every stored turn
     */
    public static LuceneTranscriptSearch onDisk(Path path, PostgresTranscriptStore store) {
        try {
            if (Files.exists(path)) {
                try (Stream<Path> old = Files.walk(path)) {
                    for (Path file : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(path);
            return open(store, FSDirectory.open(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the transcript index in " + path, e);
        }
    }

    /**
     * Builds the index in memory, for a command that searches once.
     *
     * @param store the stored turns
     * @return the search, holding every stored turn
     */
    public static LuceneTranscriptSearch inMemory(PostgresTranscriptStore store) {
        return open(store, new ByteBuffersDirectory());
    }

    private static LuceneTranscriptSearch open(PostgresTranscriptStore store, Directory directory) {
        try {
            LuceneTranscriptSearch search = new LuceneTranscriptSearch(store, directory);
            long start = System.nanoTime();
            int indexed = search.catchUp();
            LOG.info(() -> "transcript index built: " + indexed + " turns in " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
            return search;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the transcript index", e);
        }
    }

    @Override
    public List<TranscriptHit> search(TranscriptQuery query) {
        try {
            catchUp();
            Set<String> terms =
                    analysis.terms(TranscriptDocuments.UTTERANCE, query.text().orElse(""));
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] found = searcher.search(
                                query(query, terms),
                                query.limit(),
                                query.text().isPresent() ? BEST_THEN_NEWEST : NEWEST_FIRST)
                        .scoreDocs;
                StoredFields fields = searcher.storedFields();
                List<TranscriptHit> hits = new ArrayList<>(found.length);
                for (ScoreDoc doc : found) {
                    hits.add(hit(fields.document(doc.doc), terms));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the transcript index could not be searched", e);
        }
    }

    /** Indexes the turns stored since the last catch-up and makes them searchable; answers how many it added. */
    private synchronized int catchUp() throws IOException {
        int added = 0;
        long after = Math.max(0, highest - OVERLAP);
        for (List<StoredTranscript> batch = store.after(after, BATCH);
                !batch.isEmpty();
                batch = store.after(after, BATCH)) {
            for (StoredTranscript turn : batch) {
                if (recent.add(turn.id())) {
                    writer.addDocument(TranscriptDocuments.document(turn));
                    added++;
                }
                highest = Math.max(highest, turn.id());
                after = turn.id();
            }
            recent.headSet(highest - OVERLAP).clear();
        }
        if (added > 0) {
            searchers.maybeRefreshBlocking();
        }
        return added;
    }

    private Query query(TranscriptQuery query, Set<String> terms) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (query.text().isPresent() && terms.isEmpty()) {
            return new MatchNoDocsQuery("the words are all stop words");
        }
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (TranscriptDocuments.Weighted field : TranscriptDocuments.SEARCHED) {
                anyField.add(new BoostQuery(new TermQuery(new Term(field.field(), term)), field.boost()), Occur.SHOULD);
            }
            all.add(anyField.build(), Occur.MUST);
        }
        query.customerId()
                .ifPresent(id -> all.add(new TermQuery(new Term(TranscriptDocuments.CUSTOMER, id)), Occur.FILTER));
        if (query.from().isPresent() || query.to().isPresent()) {
            long from = query.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = query.to().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
            all.add(LongPoint.newRangeQuery(TranscriptDocuments.AT, from, to), Occur.FILTER);
        }
        // a query of filters only must still match every turn they let through
        all.add(new MatchAllDocsQuery(), Occur.FILTER);
        return all.build();
    }

    private TranscriptHit hit(Document document, Set<String> terms) {
        Map<String, String> marked = new HashMap<>();
        if (!terms.isEmpty()) {
            for (String field : List.of(TranscriptDocuments.UTTERANCE, TranscriptDocuments.REPLY)) {
                analysis.mark(field, document.get(field), terms).ifPresent(text -> marked.put(field, text));
            }
        }
        return new TranscriptHit(TranscriptDocuments.id(document), TranscriptDocuments.entry(document), marked);
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the transcript index could not be closed", e);
        }
    }
}
