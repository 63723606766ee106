package dev.korzina.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tokens create} and {@code transcripts search} on the data directory of a server that is running: they use
 * its embedded PostgreSQL instead of refusing, and leave it running.
 */
class CommandsBesideAServerIT {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Application server;
    private TestHttp http;

    @BeforeEach
    void startServer() {
        server = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT);
        http = new TestHttp(server.baseUri());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private List<String> korzina(String... args) {
        CommandLine commandLine = KorzinaCommand.create(Map.of(), InputStream.nullInputStream());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().toList();
    }

    private JsonNode siri(String token, String text) throws Exception {
        HttpResponse<String> response =
                http.post("/siri", "{\"text\":\"" + text + "\",\"locale\":\"ru-RU\"}", TestHttp.bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestHttp.json(response);
    }

    @Test
    void aTokenCreatedWhileTheServerRunsIsAcceptedByItAtOnce() throws Exception {
        String token = korzina("tokens", "create", "--member", "мама", "--data-dir", dataDir.toString())
                .getFirst();

        JsonNode reply = siri(token, "добавь молоко");

        assertThat(reply.path("speech").asText()).startsWith("Добавила молоко");
        assertThat(http.get("/health", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void transcriptsSearchWhileTheServerRunsFindsItsTurnsAndLeavesItServing() throws Exception {
        String token = korzina("tokens", "create", "--member", "папа", "--data-dir", dataDir.toString())
                .getFirst();
        siri(token, "добавь два батона");
        out.getBuffer().setLength(0);

        List<String> found = korzina("transcripts", "search", "--q", "батон", "--data-dir", dataDir.toString());

        assertThat(found).hasSize(1);
        assertThat(new ObjectMapper().readTree(found.getFirst()).path("channel").asText())
                .isEqualTo("siri");
        assertThat(siri(token, "что в корзине").path("speech").asText()).containsIgnoringCase("батон");
    }
}
