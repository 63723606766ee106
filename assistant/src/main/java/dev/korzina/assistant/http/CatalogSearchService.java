package dev.korzina.assistant.http;

import dev.korzina.catalog.search.Candidate;
import dev.korzina.catalog.search.CatalogSearch;
import dev.korzina.catalog.search.SearchResult;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/catalog/search?q=…&limit=10}: the catalog's products matching a shopper's words, best first, with
 * a score and a confidence. A query with no good match gets an empty list.
 *
 * <pre>curl 'http://127.0.0.1:8080/api/catalog/search?q=молоко%202.5&amp;limit=5'</pre>
 */
public final class CatalogSearchService implements HttpService {

    /** Results when the request does not say. */
    static final int DEFAULT_LIMIT = 10;
    /** The most results one request may ask for. */
    static final int MAX_LIMIT = 50;

    private final CatalogSearch search;

    /**
     * Creates the service.
     *
     * @param search the catalog search
     */
    public CatalogSearchService(CatalogSearch search) {
        this.search = search;
    }

    /**
     * The response body.
     *
     * @param results the products, best first
     */
    public record Results(List<Result> results) {}

    /**
     * One product found.
     *
     * @param id the product id
     * @param name its name
     * @param price its price, if the catalog has one
     * @param score the ranking score, larger is better
     * @param confidence how sure the search is that this is the product meant, in [0, 1]
     */
    public record Result(String id, String name, Optional<BigDecimal> price, double score, double confidence) {

        static Result of(Candidate candidate) {
            return new Result(
                    candidate.product().id(),
                    candidate.product().name(),
                    candidate.product().price(),
                    candidate.score(),
                    candidate.confidence());
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::search);
    }

    private void search(ServerRequest request, ServerResponse response) {
        Optional<String> query = request.query().first("q").asOptional().filter(q -> !q.isBlank());
        if (query.isEmpty()) {
            badRequest(response, "The query parameter q is required and must not be blank.");
            return;
        }
        Optional<String> limitText = request.query().first("limit").asOptional();
        int limit = limitText.map(CatalogSearchService::parseLimit).orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            badRequest(response, "The query parameter limit must be a whole number from 1 to " + MAX_LIMIT + ".");
            return;
        }
        SearchResult result = search.search(query.get(), limit);
        response.send(new Results(result.candidates().stream().map(Result::of).toList()));
    }

    private static int parseLimit(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void badRequest(ServerResponse response, String message) {
        response.status(Status.BAD_REQUEST_400).send(ApiError.of("bad_request", message));
    }
}
