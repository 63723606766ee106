package dev.korzina.catalog.search;

import dev.korzina.catalog.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.store.Directory;

/**
 * One built index with the products it was built from; immutable once built. Searches hold a reference while they
 * run ({@link #tryAcquire}, {@link #release}), so a replaced snapshot closes only when its last search ends.
 */
final class IndexSnapshot implements WordVariants.Vocabulary {

    private static final String ORDINAL = "ordinal";
    private static final double RAM_BUFFER_MB = 64;
    /**
     * BM25 that counts little more than which words match: a product naming a word twice ("Lime Juice from Real
     * Limes") is not a better match for it; {@link Ranking} prefers names with fewer words the query does not ask for.
     */
    private static final Similarity SIMILARITY = new BM25Similarity(0.2f, 0.3f);

    /** What separates the words of a name, as {@link Ranking} counts them. */
    private static final Pattern NAME_WORD_SEPARATORS = Pattern.compile("[\\s,]+");

    private static final int SPELLINGS = 1;
    private static final int COMMONER = 5;

    private final DirectoryReader reader;
    private final DirectSpellChecker oneEdit = spellChecker(1);
    private final IndexSearcher searcher;
    private final List<Product> products;
    private final ProductTerms[] terms;
    private final double[] popularity;
    private final int[] nameWords;
    private final Map<String, Integer> ordinals;
    private final int[] ordinalsOfDocs;

    private IndexSnapshot(
            DirectoryReader reader,
            List<Product> products,
            ProductTerms[] terms,
            Map<String, Integer> ordinals,
            int[] ordinalsOfDocs) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SIMILARITY);
        this.products = products;
        this.terms = terms;
        this.popularity = popularity(products);
        this.nameWords = nameWords(products);
        this.ordinals = ordinals;
        this.ordinalsOfDocs = ordinalsOfDocs;
    }

    /**
     * Indexes products into an empty directory and opens the result.
     *
     * @param products the catalog
     * @param directory an empty directory; closed with the snapshot
     * @param analysis the analysis of names
     * @param onClose run once the snapshot is closed and its directory released
     * @return the open snapshot, holding one reference for its owner
     */
    static IndexSnapshot build(List<Product> products, Directory directory, TermAnalysis analysis, Runnable onClose) {
        List<Product> catalog = List.copyOf(products);
        ProductTerms[] terms = new ProductTerms[catalog.size()];
        // every field gets the words analysed once here; the analyzer is not used
        IndexWriterConfig config = new IndexWriterConfig(analysis.stemsAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(SIMILARITY)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ordinal = 0; ordinal < catalog.size(); ordinal++) {
                Product product = catalog.get(ordinal);
                List<QueryTerm> nameWords = analysis.terms(product.name());
                List<QueryTerm> words = new ArrayList<>(nameWords);
                otherNames(product).ifPresent(other -> words.addAll(analysis.terms(other)));
                Optional<String> head = heads(nameWords, product.nameEn().map(analysis::terms));
                List<QueryTerm> properWords = ProperNames.in(product.name()).stream()
                        .flatMap(proper -> analysis.terms(proper).stream())
                        .filter(word -> !word.numeric() && !word.unit())
                        .toList();
                terms[ordinal] = ProductTerms.of(words, head, properWords);
                writer.addDocument(document(ordinal, words, head));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
        try {
            DirectoryReader reader = DirectoryReader.open(directory);
            reader.getReaderCacheHelper().addClosedListener(key -> {
                directory.close();
                onClose.run();
            });
            return new IndexSnapshot(reader, catalog, terms, ordinals(catalog), ordinalsOfDocs(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index: " + e.getMessage(), e);
        }
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        return checker;
    }

    private static Document document(int ordinal, List<QueryTerm> words, Optional<String> head) {
        Document document = new Document();
        document.add(new TextField(
                LuceneQueries.TEXT,
                new WordListTokenStream(words.stream().map(QueryTerm::stem).toList())));
        document.add(new TextField(
                LuceneQueries.LATIN,
                new WordListTokenStream(words.stream()
                        .filter(QueryTerm::latin)
                        .map(QueryTerm::key)
                        .toList())));
        document.add(new TextField(
                LuceneQueries.CYRILLIC,
                new WordListTokenStream(words.stream()
                        .filter(word -> !word.latin())
                        .map(QueryTerm::key)
                        .toList())));
        head.ifPresent(stems -> {
            for (String stem : ProductTerms.heads(stems)) {
                document.add(new StringField(LuceneQueries.HEAD, stem, Field.Store.NO));
            }
        });
        document.add(new NumericDocValuesField(ORDINAL, ordinal));
        return document;
    }

    /** The brand when the name lacks it, and the English name: other ways a shopper may name the product. */
    private static Optional<String> otherNames(Product product) {
        StringBuilder text = new StringBuilder();
        product.brand()
                .filter(brand -> !product.name().toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT)))
                .ifPresent(brand -> text.append(brand));
        product.nameEn().ifPresent(en -> text.append(" \n ").append(en));
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /**
     * The product type words of a name and its English name, if it has one ("молок|milk" for "Молоко
     * Простоквашино 2,5%" / "Prostokvashino Milk 2.5%"), so that an English query finds the type of a Russian name.
     */
    private static Optional<String> heads(List<QueryTerm> nameWords, Optional<List<QueryTerm>> englishWords) {
        Optional<String> name = head(nameWords);
        Optional<String> english = englishWords.flatMap(IndexSnapshot::head);
        if (name.isEmpty() || english.isEmpty() || english.equals(name)) {
            return name.or(() -> english);
        }
        return Optional.of(name.get() + ProductTerms.HEAD_SEPARATOR + english.get());
    }

    /**
     * The product type word of a name: the first word of a Russian name ("Молоко Простоквашино …"), the last word of
     * an English one ("Organic Whole Milk").
     */
    private static Optional<String> head(List<QueryTerm> nameWords) {
        List<QueryTerm> words = nameWords.stream()
                .filter(word -> !word.numeric() && !word.unit())
                .toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((words.get(0).latin() ? words.get(words.size() - 1) : words.get(0)).stem());
    }

    private static double[] popularity(List<Product> catalog) {
        double most = catalog.stream().mapToDouble(Product::popularity).max().orElse(0);
        double[] scaled = new double[catalog.size()];
        if (most > 0) {
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] = Math.log1p(Math.max(0, catalog.get(i).popularity())) / Math.log1p(most);
            }
        }
        return scaled;
    }

    private static int[] nameWords(List<Product> catalog) {
        int[] counts = new int[catalog.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = NAME_WORD_SEPARATORS.split(catalog.get(i).name().strip()).length;
        }
        return counts;
    }

    /** Each Lucene document's product ordinal, read once so that hits need no doc values lookup. */
    private static int[] ordinalsOfDocs(DirectoryReader reader) throws IOException {
        int[] ordinalsOfDocs = new int[reader.maxDoc()];
        Arrays.fill(ordinalsOfDocs, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(ORDINAL);
            if (values != null) {
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    ordinalsOfDocs[leaf.docBase + doc] = (int) values.longValue();
                }
            }
        }
        return ordinalsOfDocs;
    }

    private static Map<String, Integer> ordinals(List<Product> catalog) {
        Map<String, Integer> ordinals = new HashMap<>(catalog.size() * 2);
        for (int i = 0; i < catalog.size(); i++) {
            ordinals.put(catalog.get(i).id(), i);
        }
        return Map.copyOf(ordinals);
    }

    @Override
    public int documentFrequency(String stem) {
        try {
            return reader.docFreq(new Term(LuceneQueries.TEXT, stem));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    @Override
    public List<String> commonerSpellings(String stem) {
        // one edit only: its automaton is cheap, most typos are one edit, and fuzzy matching covers two
        return commonerSpellings(stem, oneEdit);
    }

    private List<String> commonerSpellings(String stem, DirectSpellChecker checker) {
        try {
            int frequency = Math.max(1, documentFrequency(stem));
            return Arrays.stream(checker.suggestSimilar(
                            new Term(LuceneQueries.TEXT, stem), SPELLINGS, reader, SuggestMode.SUGGEST_MORE_POPULAR))
                    .filter(word -> word.freq >= COMMONER * frequency)
                    .map(word -> word.string)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /** Takes a reference for one search; false when the snapshot is already closed. */
    boolean tryAcquire() {
        return reader.tryIncRef();
    }

    /** Gives a reference back; the last one closes the snapshot. */
    void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a replaced search index", e);
        }
    }

    IndexSearcher searcher() {
        return searcher;
    }

    int size() {
        return products.size();
    }

    Product product(int ordinal) {
        return products.get(ordinal);
    }

    Optional<Product> product(String id) {
        return Optional.ofNullable(ordinals.get(id)).map(products::get);
    }

    ProductTerms terms(int ordinal) {
        return terms[ordinal];
    }

    /** The product's popularity scaled to [0, 1] over the catalog. */
    double popularity(int ordinal) {
        return popularity[ordinal];
    }

    /** How many words the product's name has, as written ("Батон нарезной" has 2). */
    int nameWords(int ordinal) {
        return nameWords[ordinal];
    }

    /** The ordinal of the product with this id, if it is in the catalog. */
    Optional<Integer> ordinalOf(String productId) {
        return Optional.ofNullable(ordinals.get(productId));
    }

    /** The ordinal of a Lucene hit. */
    int ordinalOfDoc(int doc) {
        int ordinal = ordinalsOfDocs[doc];
        if (ordinal < 0) {
            throw new IllegalStateException("search index document " + doc + " has no product ordinal");
        }
        return ordinal;
    }
}
