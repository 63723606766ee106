package dev.korzina.assistant.http;

import dev.korzina.catalog.ProductStore;
import dev.korzina.store.Database;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the database answers and the catalog has products,
 * 503 with {@code "status":"DOWN"} otherwise.
 *
 * <pre>curl http://127.0.0.1:8080/health</pre>
 */
public final class HealthService implements HttpService {

    private final Database database;
    private final ProductStore products;

    /**
     * Creates the service.
     *
     * @param database the database to check
     * @param products the catalog to check
     */
    public HealthService(Database database, ProductStore products) {
        this.database = database;
        this.products = products;
    }

    /**
     * The health report.
     *
     * @param status UP or DOWN
     * @param database UP or DOWN
     * @param catalog the catalog's state
     */
    public record Health(String status, String database, CatalogHealth catalog) {}

    /**
     * The catalog's state.
     *
     * @param status UP when it has products
     * @param products how many products it has
     */
    public record CatalogHealth(String status, long products) {}

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::health);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Health health = check();
        response.status("UP".equals(health.status()) ? Status.OK_200 : Status.SERVICE_UNAVAILABLE_503)
                .send(health);
    }

    /** Checks the database and the catalog now. */
    public Health check() {
        boolean databaseUp = database.isHealthy();
        long count = databaseUp ? products.count() : 0;
        CatalogHealth catalog = new CatalogHealth(count > 0 ? "UP" : "DOWN", count);
        boolean up = databaseUp && count > 0;
        return new Health(up ? "UP" : "DOWN", databaseUp ? "UP" : "DOWN", catalog);
    }
}
