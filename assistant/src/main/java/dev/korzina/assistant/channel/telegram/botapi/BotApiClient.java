package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls Bot API methods: {@code POST <base>/bot<token>/<method>} with the call as JSON, answered with
 * {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}}.
 * Thread-safe.
 */
public final class BotApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI baseUrl;
    private final String token;

    /**
     * Creates a client.
     *
     * @param json the mapper writing calls in snake_case and leaving out empty values
     * @param baseUrl the Bot API server ({@code https://api.telegram.org})
     * @param token the bot's token
     */
    public BotApiClient(ObjectMapper json, URI baseUrl, String token) {
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.json = json;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /**
     * Makes one call.
     *
     * @param call the method and its parameters
     * @return the {@code result} of the answer
     * @throws BotApiException when Telegram refuses the call or cannot be reached
     */
    public JsonNode call(BotCall call) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + "/bot" + token + "/" + call.method()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(call)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + call.method(), e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BotApiException(BotApiException.UNREACHABLE, call.method() + ": " + e, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiException(BotApiException.UNREACHABLE, call.method() + " interrupted", Optional.empty());
        }
        return result(call, response);
    }

    private JsonNode result(BotCall call, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = json.createObjectNode();
        }
        if (response.statusCode() == 200 && body.path("ok").asBoolean(false)) {
            return body.path("result");
        }
        int code = body.path("error_code").asInt(response.statusCode());
        Optional<Duration> retryAfter = Optional.of(body.path("parameters").path("retry_after"))
                .filter(JsonNode::canConvertToLong)
                .map(n -> Duration.ofSeconds(n.asLong()));
        throw new BotApiException(
                code, call.method() + ": " + body.path("description").asText("no description"), retryAfter);
    }
}
