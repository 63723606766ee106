package dev.korzina.assistant.channel.telegram;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A stand-in for the Telegram Bot API on a loopback port: it takes {@code POST /bot<token>/<method>} with a JSON
 * body, records each call and answers as Telegram does ({@code {"ok":true,"result":…}}); scripted failures such as
 * a 429 with {@code parameters.retry_after} can be queued for the next calls.
 */
final class FakeBotApi implements AutoCloseable {

    /** The bot token the tests configure. */
    static final String TOKEN = "123456:TEST-token_of-the-bot";

    /**
     * One call the bot made.
     *
     * @param token the token in the URL
     * @param method the method
     * @param body the JSON parameters
     * @param at when it arrived, by the fake's clock
     */
    record Call(String token, String method, JsonNode body, Instant at) {
        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Longer than a chat's rate limit wait, so that a second message would have been sent by then. */
    private static final Duration SETTLE = Duration.ofMillis(1500);

    private final HttpServer server;
    private final Clock clock;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private final AtomicLong messageIds = new AtomicLong(100);

    private FakeBotApi(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    /** Starts a fake that stamps calls with the system clock. */
    static FakeBotApi start() throws IOException {
        return start(Clock.systemUTC());
    }

    /** Starts a fake that stamps calls with a given clock. */
    static FakeBotApi start(Clock clock) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeBotApi fake = new FakeBotApi(server, clock);
        server.createContext("/", fake::answer);
        server.start();
        return fake;
    }

    /** The base URL to configure as {@code KORZINA_TELEGRAM_API_BASE_URL}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Makes the next call fail with an error answer, as Telegram writes it.
     *
     * @param code the HTTP status and {@code error_code}
     * @param description the description
     * @param retryAfter the {@code retry_after} seconds, or 0 for none
     */
    void failNext(int code, String description, int retryAfter) {
        failNext(Optional.empty(), code, description, retryAfter);
    }

    /**
     * Makes the next call to one chat fail with an error answer, as Telegram writes it.
     *
     * @param chatId the chat
     * @param code the HTTP status and {@code error_code}
     * @param description the description
     */
    void failNextIn(long chatId, int code, String description) {
        failNext(Optional.of(chatId), code, description, 0);
    }

    private synchronized void failNext(Optional<Long> chatId, int code, String description, int retryAfter) {
        ObjectNode error =
                JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter > 0) {
            error.putObject("parameters").put("retry_after", retryAfter);
        }
        failures.addLast(new Failure(chatId, error.toString()));
    }

    /** Every call so far, in arrival order. */
    List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of a method to a chat so far. */
    List<Call> calls(String method, long chatId) {
        return calls.stream()
                .filter(c -> c.method().equals(method) && c.chatId() == chatId)
                .toList();
    }

    /**
     * The messages sent to a chat that start with a text, once the bot had time to send more of them (to check that
     * something was not sent twice).
     */
    List<Call> settledMessages(long chatId, String start) throws InterruptedException {
        Thread.sleep(SETTLE.toMillis());
        return calls("sendMessage", chatId).stream()
                .filter(c -> c.text().startsWith(start))
                .toList();
    }

    /** Waits up to 10 s for a call of a method that matches, and returns the first one. */
    Call awaitCall(String method, Predicate<Call> matching) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> calls.stream()
                                .filter(c -> c.method().equals(method) && matching.test(c))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String token = path.length > 1 && path[1].startsWith("bot") ? path[1].substring(3) : "";
        String method = path.length > 2 ? path[2] : "";
        calls.add(new Call(token, method, body, clock.instant()));
        Optional<Failure> failure = takeFailure(body.path("chat_id").asLong());
        if (failure.isPresent()) {
            String error = failure.get().body();
            send(exchange, JSON.readTree(error).path("error_code").asInt(), error);
        } else if (!TOKEN.equals(token)) {
            send(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        } else {
            send(exchange, 200, "{\"ok\":true,\"result\":" + result(method, body) + "}");
        }
    }

    private synchronized Optional<Failure> takeFailure(long chatId) {
        Optional<Failure> next = failures.stream()
                .filter(f -> f.chatId().map(id -> id == chatId).orElse(true))
                .findFirst();
        next.ifPresent(failures::remove);
        return next;
    }

    /** A scripted error answer, for one chat or any. */
    private record Failure(Optional<Long> chatId, String body) {}

    private String result(String method, JsonNode body) {
        if (!method.equals("sendMessage") && !method.equals("editMessageText")) {
            return "true";
        }
        ObjectNode message = JSON.createObjectNode();
        message.put(
                "message_id",
                method.equals("sendMessage")
                        ? messageIds.incrementAndGet()
                        : body.path("message_id").asLong());
        message.putObject("from").put("id", 1).put("is_bot", true).put("first_name", "Korzina");
        message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
        message.put("date", clock.instant().getEpochSecond());
        message.put("text", body.path("text").asText());
        if (body.has("reply_markup")) {
            message.set("reply_markup", body.get("reply_markup"));
        }
        return message.toString();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
