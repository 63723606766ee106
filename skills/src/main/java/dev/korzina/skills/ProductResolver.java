package dev.korzina.skills;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.search.Candidate;
import dev.korzina.catalog.search.CatalogSearch;
import dev.korzina.catalog.search.SearchRequest;
import dev.korzina.catalog.search.SearchResult;
import dev.korzina.nlu.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the catalog product a phrase means. A candidate the household bought before wins; else the search's
 * confident best; else, when the close candidates fall into groups of different kinds (categories, each with at
 * least two products whose names start with the same word as the best one: "масло" is butter or sunflower oil, but
 * "milk" is not milk chocolate), the user is asked with at most three options, one per kind; else the best one is
 * taken, since the close candidates are the same product of other brands or sizes: the one whose pack fits the
 * amount said, else the {@link Typicality most typical} one. A best candidate matching only
 * part of the words is no match: the phrase becomes a note.
 */
final class ProductResolver {

    /** At most this many options in a question. */
    static final int MAX_OPTIONS = 3;

    private static final int LIMIT = 10;
    private static final double CLOSE = 0.85;

    /** Below this confidence the best candidate matches only part of the words ("unicorn steak"): not found. */
    private static final double MIN_CONFIDENCE = 0.3;

    /** A kind of product is a real alternative when at least this many close candidates belong to it. */
    private static final int MIN_GROUP = 2;

    private final CatalogSearch search;

    ProductResolver(CatalogSearch search) {
        this.search = search;
    }

    /**
     * Resolves a phrase.
     *
     * @param item the product phrase and the amount said; an amount in grams or litres prefers the pack that fits
     *     it best among the close candidates ("молоко 2 литра" → 1 l cartons)
     * @param bought how often the household bought each product
     * @return the product, the options to ask about, or nothing found
     */
    Resolution resolve(Item item, Map<String, Integer> bought) {
        Optional<SearchResult> matching = matching(item.product(), bought);
        if (matching.flatMap(SearchResult::best)
                .filter(c -> c.confidence() >= MIN_CONFIDENCE)
                .isEmpty()) {
            return new Resolution.NotFound();
        }
        SearchResult result = matching.get();
        double best = result.candidates().getFirst().score();
        List<Candidate> close = result.candidates().stream()
                .filter(c -> c.score() >= best * CLOSE)
                .toList();
        for (Candidate candidate : close) {
            if (bought.containsKey(candidate.product().id())) {
                return new Resolution.Found(candidate.product());
            }
        }
        if (result.confidentBest().isPresent()) {
            return new Resolution.Found(result.confidentBest().get().product());
        }
        Map<String, List<Product>> groups = new LinkedHashMap<>();
        for (Candidate candidate : close) {
            groups.computeIfAbsent(kind(candidate.product()), k -> new ArrayList<>())
                    .add(candidate.product());
        }
        Product first = result.candidates().getFirst().product();
        List<Product> kinds = groups.values().stream()
                .filter(group ->
                        group.size() >= MIN_GROUP && headWord(group.getFirst()).equals(headWord(first)))
                .map(List::getFirst)
                .limit(MAX_OPTIONS)
                .toList();
        if (kinds.size() > 1) {
            return new Resolution.Ask(kinds);
        }
        List<Product> sameKind = Typicality.rank(groups.get(kind(first)), item.product());
        return new Resolution.Found(sameKind.stream()
                .filter(p -> Packs.misfit(item, p).isPresent())
                .min(Comparator.<Product>comparingDouble(
                                p -> Packs.misfit(item, p).orElseThrow())
                        .thenComparing(p -> !Packs.byWeight(p)))
                .orElse(sameKind.getFirst()));
    }

    /**
     * The candidates for a phrase that match well enough, best first, without asking anything.
     *
     * @param phrase the product phrase
     * @param bought how often the household bought each product
     * @return the candidates' products
     */
    List<Product> candidates(String phrase, Map<String, Integer> bought) {
        return matching(phrase, bought).stream()
                .flatMap(result -> result.candidates().stream())
                .filter(c -> c.confidence() >= MIN_CONFIDENCE)
                .map(Candidate::product)
                .toList();
    }

    /**
     * The search for a phrase with the household's history, or empty when the words alone match no product well
     * enough. That is asked without the history, which raises products of the brands it buys even when they match
     * no word; without a history the one search answers both.
     */
    private Optional<SearchResult> matching(String phrase, Map<String, Integer> bought) {
        SearchResult plain = search.search(SearchRequest.of(phrase, LIMIT));
        if (plain.best().filter(c -> c.confidence() >= MIN_CONFIDENCE).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(bought.isEmpty() ? plain : search.search(new SearchRequest(phrase, LIMIT, bought)));
    }

    private static String kind(Product product) {
        return product.category().orElseGet(() -> headWord(product));
    }

    private static String headWord(Product product) {
        return Replies.lower(product.name()).split("\\s+")[0];
    }

    /** What a phrase resolved to. */
    sealed interface Resolution {
        /**
         * One product.
         *
         * @param product the product
         */
        record Found(Product product) implements Resolution {}

        /**
         * Products of different kinds to choose from.
         *
         * @param options two or three products
         */
        record Ask(List<Product> options) implements Resolution {}

        /** No product matches. */
        record NotFound() implements Resolution {}
    }
}
