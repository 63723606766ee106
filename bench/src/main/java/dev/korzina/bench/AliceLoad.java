package dev.korzina.bench;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.catalog.imports.ImportProgress;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Alice webhook's latency over loopback HTTP: one client sends Alice requests (users taking turns at adding,
 * reading and removing products) to a started server, and, request by request in the same run, the same bodies to
 * a trivial Helidon handler that answers a constant; it reports p50 and p99 of both.
 */
public final class AliceLoad {

    static final String SKILL = "bench-skill";

    private static final int USERS = 100;
    private static final List<String> UTTERANCES =
            List.of("add bananas", "what's in my cart", "add two milk", "remove bananas", "remove milk");
    private static final String CONSTANT =
            "{\"response\":{\"text\":\"ok\",\"tts\":\"ok\",\"end_session\":false}," + "\"version\":\"1.0\"}";

    /**
     * Latencies of one run.
     *
     * @param requests requests measured per endpoint
     * @param failed answers of the Alice webhook other than 200
     * @param aliceP50 median latency of the webhook, ms
     * @param aliceP99 99th percentile of the webhook, ms
     * @param trivialP50 median latency of the trivial handler, ms
     * @param trivialP99 99th percentile of the trivial handler, ms
     */
    record Result(int requests, int failed, double aliceP50, double aliceP99, double trivialP50, double trivialP99) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Runs the benchmark on a fresh server with a catalog.
     *
     * @param args the catalog file (CSV or JSONL), then the requests to measure (default 10000), then the warm-up
     *     requests sent to each endpoint first (default 20000: the JIT keeps compiling for about a minute)
     */
    public static void main(String[] args) throws Exception {
        Path catalog = Path.of(args[0]);
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        Path dataDir = Files.createTempDirectory("korzina-alice-load");
        Map<String, String> flags = Map.of(
                "server.port",
                "0",
                "data.dir",
                dataDir.toString(),
                "catalog.file",
                catalog.toString(),
                "alice.skill.id",
                SKILL);
        try (Application server = Application.start(
                new ConfigLoader(System.getenv()).load(Optional.empty(), flags), ImportProgress.SILENT)) {
            Result result = new AliceLoad().run(server.baseUri(), warmup, requests);
            System.out.printf(
                    "alice webhook turn (%s): %d requests, %d failed: p50 %.2f ms, p99 %.2f ms;"
                            + " trivial Helidon handler: p50 %.2f ms, p99 %.2f ms; p99 ratio %.1f (goal <= 3)%n",
                    catalog.getFileName(),
                    result.requests(),
                    result.failed(),
                    result.aliceP50(),
                    result.aliceP99(),
                    result.trivialP50(),
                    result.trivialP99(),
                    result.aliceP99() / result.trivialP99());
        }
    }

    /**
     * Warms up, then measures both endpoints request by request.
     *
     * @param server the Korzina server
     * @param warmup requests sent first to each endpoint and not measured
     * @param requests requests measured per endpoint
     * @return the latencies
     */
    Result run(URI server, int warmup, int requests) throws IOException, InterruptedException {
        WebServer trivial = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .routing(routing -> routing.post("/alice", (request, response) -> {
                    request.content().as(byte[].class);
                    response.headers().contentType(MediaTypes.APPLICATION_JSON);
                    response.send(CONSTANT);
                }))
                .build()
                .start();
        try {
            URI alice = server.resolve("alice");
            URI constant = URI.create("http://127.0.0.1:" + trivial.port() + "/alice");
            for (int i = 0; i < warmup; i++) {
                send(alice, body(i));
                send(constant, body(i));
            }
            long[] aliceNanos = new long[requests];
            long[] trivialNanos = new long[requests];
            int failed = 0;
            for (int i = 0; i < requests; i++) {
                String body = body(warmup + i);
                long start = System.nanoTime();
                int status = send(alice, body);
                aliceNanos[i] = System.nanoTime() - start;
                failed += status == 200 ? 0 : 1;
                start = System.nanoTime();
                send(constant, body);
                trivialNanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(aliceNanos);
            Arrays.sort(trivialNanos);
            return new Result(
                    requests,
                    failed,
                    percentile(aliceNanos, 0.50),
                    percentile(aliceNanos, 0.99),
                    percentile(trivialNanos, 0.50),
                    percentile(trivialNanos, 0.99));
        } finally {
            trivial.stop();
        }
    }

    private int send(URI uri, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The i-th request: user i mod 100 says the next utterance of their cycle. */
    static String body(int i) {
        int user = i % USERS;
        String text = UTTERANCES.get((i / USERS) % UTTERANCES.size());
        return "{\"meta\":{\"locale\":\"en-US\",\"timezone\":\"UTC\",\"interfaces\":{\"screen\":{}}},"
                + "\"request\":{\"type\":\"SimpleUtterance\",\"command\":\"" + text + "\",\"original_utterance\":\""
                + text + "\"},\"session\":{\"new\":false,\"message_id\":" + i + ",\"session_id\":\"bench-" + user
                + "\",\"skill_id\":\"" + SKILL + "\",\"application\":{\"application_id\":\"bench-app-" + user
                + "\"}},\"version\":\"1.0\"}";
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
