package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code korzina serve} as its own process: it prints its URL, serves, and stops its database on SIGTERM. */
class ServeProcessIT {

    @TempDir
    Path dataDir;

    @Test
    void servesUntilSigtermThenStopsItsDatabaseLeavingNoPostgresBehind() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log");
        try (ServerProcess server = ServerProcess.start(dataDir, log)) {
            HttpResponse<String> health = TestServers.get(server.base(), "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(server.postgres()).isNotEmpty();

            server.process().destroy();

            assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(server.postgres()).isEmpty();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("korzina: stopped");
        }
    }
}
