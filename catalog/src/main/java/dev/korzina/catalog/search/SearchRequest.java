package dev.korzina.catalog.search;

import java.util.Map;
import java.util.Objects;

/**
 * One search.
 *
 * @param query what the shopper said or typed, any case, Russian or English, digits or number words
 * @param limit at most this many candidates, at least 1
 * @param purchaseCounts how many times the shopper's household bought each product (product id → count);
 *     products it buys, and their brands, rank higher. Empty when unknown
 */
public record SearchRequest(String query, int limit, Map<String, Integer> purchaseCounts) {

    /** Checks the values and copies the map. */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        purchaseCounts = Map.copyOf(purchaseCounts);
    }

    /**
     * A request without purchase history.
     *
     * @param query the shopper's words
     * @param limit at most this many candidates
     * @return the request
     */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, Map.of());
    }
}
