package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path sharedDataDir;

    private static Application application;

    @BeforeAll
    static void start() {
        application = Application.start(TestServers.config(sharedDataDir, Map.of()), ImportProgress.SILENT);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void healthIsUpWithTheDemoCatalogLoadedOnFirstStart() throws Exception {
        HttpResponse<String> response = TestServers.get(application.baseUri(), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("database").asText()).isEqualTo("UP");
        assertThat(health.path("catalog").path("products").asLong()).isGreaterThan(400);
        assertThat(health.path("search").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("search").path("products").asLong())
                .isEqualTo(health.path("catalog").path("products").asLong());
    }

    @Test
    void searchFindsTheCatalogsProductsWithPriceScoreAndConfidence() throws Exception {
        HttpResponse<String> response = TestServers.get(
                application.baseUri(), "/api/catalog/search?q=" + encode("малоко простоквашино 2,5") + "&limit=3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = JSON.readTree(response.body()).path("results");
        assertThat(results).hasSizeBetween(1, 3);
        JsonNode best = results.get(0);
        assertThat(best.path("name").asText())
                .startsWith("Молоко Простоквашино")
                .contains("2,5%");
        assertThat(best.path("id").asText()).isNotBlank();
        assertThat(best.path("price").isNumber()).isTrue();
        assertThat(best.path("score").asDouble()).isPositive();
        assertThat(best.path("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void searchAnswersAnEmptyListWhenNothingMatches() throws Exception {
        HttpResponse<String> response =
                TestServers.get(application.baseUri(), "/api/catalog/search?q=" + encode("айфон"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("results")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/catalog/search",
                "/api/catalog/search?q=%20",
                "/api/catalog/search?q=milk&limit=0",
                "/api/catalog/search?q=milk&limit=51",
                "/api/catalog/search?q=milk&limit=ten"
            })
    void searchRejectsAMissingQueryOrABadLimitWithAJsonError(String path) throws Exception {
        HttpResponse<String> response = TestServers.get(application.baseUri(), path);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("bad_request");
        assertThat(error.path("message").asText()).containsAnyOf("q ", "limit");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageSaysWhatTheServerIs() throws Exception {
        HttpResponse<String> response = TestServers.get(application.baseUri(), "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<h1>Korzina</h1>").contains("/health");
    }

    @Test
    void anUnknownPathGetsAJsonErrorWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = TestServers.get(application.baseUri(), "/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).path("error");
        assertThat(error.path("code").asText()).isEqualTo("not_found");
        assertThat(error.path("message").asText()).contains("/api/no-such-thing");
    }

    @Test
    void aSecondStartOnTheSameDataDirectoryKeepsItsCatalog(@TempDir Path dataDir) throws Exception {
        Path catalog = dataDir.resolveSibling(dataDir.getFileName() + "-catalog.csv");
        Files.writeString(catalog, "id,name\nk1,Квас\nk2,Квашеная капуста\n", StandardCharsets.UTF_8);
        try (Application first = Application.start(
                TestServers.config(dataDir, Map.of("catalog.file", catalog.toString())), ImportProgress.SILENT)) {
            assertThat(productCount(first)).isEqualTo(2);
        }

        try (Application second = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT)) {
            assertThat(productCount(second)).isEqualTo(2);
        }
    }

    @Test
    void aPortInUseIsReportedClearly(@TempDir Path dataDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Map<String, String> port = Map.of("server.port", String.valueOf(taken.getLocalPort()));

            assertThatThrownBy(() -> Application.start(TestServers.config(dataDir, port), ImportProgress.SILENT))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
        }
        try (Application afterwards = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT)) {
            assertThat(productCount(afterwards)).isPositive();
        }
    }

    private static long productCount(Application app) throws Exception {
        HttpResponse<String> response = TestServers.get(app.baseUri(), "/health");
        return JSON.readTree(response.body()).path("catalog").path("products").asLong();
    }
}
