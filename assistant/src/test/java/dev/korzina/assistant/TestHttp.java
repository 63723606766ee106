package dev.korzina.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Real HTTP calls against a started server, for the tests of its routes. */
public final class TestHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final int LARGE_BODY = 64 * 1024;

    private final URI base;

    /**
     * Calls the server at a base URI.
     *
     * @param base the server's base URI, ending with {@code /}
     */
    public TestHttp(URI base) {
        this.base = base;
    }

    /** Sends a GET. */
    public HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    /** Sends a POST of a body, JSON unless the headers say otherwise. */
    public HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send("POST", path, body, headers);
    }

    /** Sends a request; {@code body} null sends none. */
    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        // a server refuses a body over its limit before reading it and closes: wait for its word before sending
        request.expectContinue(body != null && body.length() > LARGE_BODY);
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens an API session for a channel identity and returns its bearer token. */
    public String session(String channel, String externalId) throws IOException, InterruptedException {
        return json(post(
                        "/api/sessions",
                        "{\"channel\":\"" + channel + "\",\"external_id\":\"" + externalId + "\"}",
                        Map.of()))
                .path("token")
                .asText();
    }

    /** The body of a response as JSON. */
    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The {@code Authorization} header for a bearer token. */
    public static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
