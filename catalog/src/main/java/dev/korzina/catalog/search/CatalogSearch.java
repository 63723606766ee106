package dev.korzina.catalog.search;

import dev.korzina.catalog.Product;
import java.util.Optional;

/**
 * Finds catalog products for a shopper's words. Implementations are thread-safe: many searches may run at once,
 * also while the catalog is replaced.
 */
public interface CatalogSearch {

    /**
     * Ranks the products that match a request, best first.
     *
     * @param request the words, how many candidates, and the household's purchase history
     * @return the candidates; empty ("not found") when no product matches well enough
     */
    SearchResult search(SearchRequest request);

    /**
     * The product of the searched catalog with an id, for what a cart line does not keep (its English name).
     *
     * @param id the product id
     * @return the product, or empty when the catalog has none with that id
     */
    Optional<Product> product(String id);

    /**
     * Ranks the products that match a query, without a household's history.
     *
     * @param query what the shopper said or typed
     * @param limit at most this many candidates
     * @return the candidates; empty when no product matches well enough
     */
    default SearchResult search(String query, int limit) {
        return search(SearchRequest.of(query, limit));
    }
}
