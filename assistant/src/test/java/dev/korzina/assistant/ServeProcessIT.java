package dev.korzina.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code korzina serve} as its own process: it prints its URL, serves, and stops its database on SIGTERM. */
class ServeProcessIT {

    private static final Pattern SERVING = Pattern.compile("Korzina is serving at (http://\\S+)");

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void killLeftovers() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void servesUntilSigtermThenStopsItsDatabaseLeavingNoPostgresBehind() throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log");
        server = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--data-dir",
                        dataDir.toString()))
                .redirectError(log.toFile())
                .start();
        URI base = URI.create(awaitServingUrl(server));

        HttpResponse<String> health = TestServers.get(base, "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(postgresOf(dataDir)).isNotEmpty();

        server.destroy();

        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(postgresOf(dataDir)).isEmpty();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("korzina: stopped");
    }

    private static String awaitServingUrl(Process process) throws Exception {
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
                throw new IllegalStateException("the server ended without printing its URL");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return url.get(60, TimeUnit.SECONDS);
    }

    private static List<ProcessHandle> postgresOf(Path dataDir) {
        String directory = dataDir.resolve("pg").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(directory))
                .toList();
    }
}
