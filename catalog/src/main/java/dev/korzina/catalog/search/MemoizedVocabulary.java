package dev.korzina.catalog.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog's words as one search sees them: each word's document frequency is read from the index once, though
 * the query's variants and both its exact and its fuzzy Lucene queries ask for it. Not thread-safe: one per search.
 */
final class MemoizedVocabulary implements WordVariants.Vocabulary {

    private final WordVariants.Vocabulary catalog;
    private final Map<String, Integer> frequencies = new HashMap<>();

    /** Remembers what {@code catalog} answers. */
    MemoizedVocabulary(WordVariants.Vocabulary catalog) {
        this.catalog = catalog;
    }

    @Override
    public int documentFrequency(String stem) {
        return frequencies.computeIfAbsent(stem, catalog::documentFrequency);
    }

    @Override
    public List<String> commonerSpellings(String stem) {
        return catalog.commonerSpellings(stem);
    }
}
