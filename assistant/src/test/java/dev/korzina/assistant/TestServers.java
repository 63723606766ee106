package dev.korzina.assistant;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.KorzinaConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configurations and HTTP calls shared by the tests that start a real server. */
public final class TestServers {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestServers() {}

    /** The API's JSON mapper, as the server configures it. */
    public static com.fasterxml.jackson.databind.ObjectMapper json() {
        return Application.objectMapper();
    }

    /** The bundled configuration on a free port with its data under {@code dataDir}, plus extra keys. */
    public static KorzinaConfig config(Path dataDir, Map<String, String> extra) {
        Map<String, String> flags = new HashMap<>(extra);
        flags.putIfAbsent("server.port", "0");
        flags.put("data.dir", dataDir.toString());
        flags.put("db.pool-size", "3");
        return new ConfigLoader(Map.of()).load(java.util.Optional.empty(), flags);
    }

    public static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> post(URI base, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
