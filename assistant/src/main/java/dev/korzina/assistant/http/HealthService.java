package dev.korzina.assistant.http;

import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.store.Database;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the database answers, the catalog has products and the
 * search index is built, 503 with {@code "status":"DOWN"} otherwise.
 *
 * <pre>curl http://127.0.0.1:8080/health</pre>
 */
public final class HealthService implements HttpService {

    private final Database database;
    private final ProductStore products;
    private final LuceneCatalogSearch search;

    /**
     * Creates the service.
     *
     * @param database the database to check
     * @param products the catalog to check
     * @param search the search index to check
     */
    public HealthService(Database database, ProductStore products, LuceneCatalogSearch search) {
        this.database = database;
        this.products = products;
        this.search = search;
    }

    /**
     * The health report.
     *
     * @param status UP or DOWN
     * @param database UP or DOWN
     * @param catalog the catalog's state
     * @param search the search index's state
     */
    public record Health(String status, String database, CatalogHealth catalog, SearchHealth search) {}

    /**
     * The catalog's state.
     *
     * @param status UP when it has products
     * @param products how many products it has
     */
    public record CatalogHealth(String status, long products) {}

    /**
     * The search index's state.
     *
     * @param status UP when it is built
     * @param products how many products it holds
     */
    public record SearchHealth(String status, long products) {}

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::health);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Health health = check();
        response.status("UP".equals(health.status()) ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503)
                .send(health);
    }

    /** Checks the database, the catalog and the search index now. */
    public Health check() {
        boolean databaseUp = database.isHealthy();
        long count = databaseUp ? products.count() : 0;
        CatalogHealth catalog = new CatalogHealth(count > 0 ? "UP" : "DOWN", count);
        boolean searchUp = search.isReady();
        SearchHealth index = new SearchHealth(searchUp ? "UP" : "DOWN", search.size());
        boolean up = databaseUp && count > 0 && searchUp;
        return new Health(up ? "UP" : "DOWN", databaseUp ? "UP" : "DOWN", catalog, index);
    }
}
