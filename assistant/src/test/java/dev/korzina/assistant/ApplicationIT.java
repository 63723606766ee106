package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
