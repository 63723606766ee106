package dev.korzina.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A load test of the cart API over real HTTP against a server with its embedded PostgreSQL: concurrent clients
 * each send a run of "+1" changes (every tenth one sent twice with the same idempotency key, as a retrying client
 * would), first all on one cart, then spread over many carts. It reports throughput and latency percentiles, then
 * checks every cart against the acknowledged changes and the change log: nothing lost, nothing applied twice.
 */
public final class CartLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RETRY_EVERY = 10;

    /**
     * The outcome of one run.
     *
     * @param changes changes acknowledged
     * @param seconds wall time
     * @param p50Millis median latency
     * @param p99Millis 99th percentile latency
     * @param lost acknowledged changes missing from the carts
     * @param duplicated changes applied more than once
     */
    record Result(int changes, double seconds, double p50Millis, double p99Millis, long lost, long duplicated) {
        double perSecond() {
            return changes / seconds;
        }
    }

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CartLoad(URI base) {
        this.base = base;
    }

    /**
     * Runs both loads on a fresh server.
     *
     * @param args clients, changes per client, carts for the spread run (default 50 200 1000)
     */
    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int carts = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        Path dataDir = Files.createTempDirectory("korzina-cart-load");
        Map<String, String> flags = Map.of(
                "server.port",
                "0",
                "data.dir",
                dataDir.toString(),
                "db.pool-size",
                "16",
                "cart.max-quantity",
                "1000000");
        try (Application server = Application.start(
                new ConfigLoader(System.getenv()).load(Optional.empty(), flags), ImportProgress.SILENT)) {
            CartLoad load = new CartLoad(server.baseUri());
            print("one cart", clients, changes, load.run(clients, changes, 1));
            print(carts + " carts", clients, changes, load.run(clients, changes, carts));
        }
    }

    private static void print(String name, int clients, int changes, Result result) {
        System.out.printf(
                "%s: %d clients x %d changes: %.0f changes/s, p50 %.1f ms, p99 %.1f ms, lost %d, duplicated %d%n",
                name,
                clients,
                changes,
                result.perSecond(),
                result.p50Millis(),
                result.p99Millis(),
                result.lost(),
                result.duplicated());
    }

    /**
     * One run.
     *
     * @param clients concurrent clients
     * @param changes changes each client sends
     * @param cartCount how many carts the changes are spread over
     * @return what happened
     */
    Result run(int clients, int changes, int cartCount) throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < cartCount; i++) {
            sessions.add(open());
        }
        AtomicLongArray acknowledged = new AtomicLongArray(cartCount);
        long[][] latencies = new long[clients][changes];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < changes; i++) {
                        int cart = (client + i * clients) % cartCount;
                        Session session = sessions.get(cart);
                        String key = UUID.randomUUID().toString();
                        long sent = System.nanoTime();
                        add(session, key);
                        latencies[client][i] = System.nanoTime() - sent;
                        if (i % RETRY_EVERY == 0) {
                            add(session, key);
                        }
                        acknowledged.incrementAndGet(cart);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long lost = 0;
        long duplicated = 0;
        for (int cart = 0; cart < cartCount; cart++) {
            long quantity = quantity(sessions.get(cart));
            long logged = events(sessions.get(cart));
            lost += Math.max(0, acknowledged.get(cart) - Math.min(quantity, logged));
            duplicated += Math.max(0, Math.max(quantity, logged) - acknowledged.get(cart));
        }
        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients * changes, seconds, percentile(all, 0.50), percentile(all, 0.99), lost, duplicated);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private record Session(String token, String cart) {}

    private Session open() throws IOException, InterruptedException {
        JsonNode ticket = JSON.readTree(send(
                        "POST",
                        "api/sessions",
                        null,
                        null,
                        "{\"channel\":\"web\",\"external_id\":\"load-" + UUID.randomUUID() + "\"}")
                .body());
        return new Session(ticket.path("token").asText(), ticket.path("cart_id").asText());
    }

    private void add(Session session, String key) {
        try {
            HttpResponse<String> response = send(
                    "POST",
                    "api/carts/" + session.cart() + "/lines",
                    session.token(),
                    key,
                    "{\"product_id\":\"d-0001\"}");
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "a change was refused: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("a change failed", e);
        }
    }

    private long quantity(Session session) throws IOException, InterruptedException {
        JsonNode lines = JSON.readTree(send("GET", "api/carts/" + session.cart(), session.token(), null, null)
                        .body())
                .path("lines");
        return lines.isEmpty() ? 0 : lines.get(0).path("quantity").asLong();
    }

    private long events(Session session) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", "api/carts/" + session.cart() + "/events?after=0", session.token(), null, null)
                        .body())
                .path("events")
                .size();
    }

    private HttpResponse<String> send(String method, String path, String token, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
