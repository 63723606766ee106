package dev.korzina.assistant.channel.siri;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.cli.KorzinaCommand;
import dev.korzina.catalog.imports.ImportProgress;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One household cart across channels: members' tokens issued by {@code korzina tokens create}, an Alice user linked
 * by the code the command printed, and changes made on Alice heard on Siri.
 */
class SharedHouseholdIT {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int korzina(String... args) {
        CommandLine commandLine = KorzinaCommand.create(Map.of(), InputStream.nullInputStream());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<String> created(String... args) {
        out.getBuffer().setLength(0);
        int exit = korzina(args);
        assertThat(exit).as(err.toString()).isZero();
        return out.toString().lines().toList();
    }

    private static JsonNode siri(TestHttp http, String token, String text) throws Exception {
        HttpResponse<String> response =
                http.post("/siri", "{\"text\":\"" + text + "\",\"locale\":\"ru-RU\"}", TestHttp.bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestHttp.json(response);
    }

    private static String alice(String user, String text) {
        return "{\"meta\":{\"locale\":\"ru-RU\",\"interfaces\":{\"screen\":{}}},\"session\":{\"new\":false,"
                + "\"skill_id\":\"s\",\"session_id\":\"s1\",\"application\":{\"application_id\":\"" + user
                + "\"}},\"request\":{\"type\":\"SimpleUtterance\",\"original_utterance\":\"" + text
                + "\"},\"version\":\"1.0\"}";
    }

    @Test
    void whatAliceAddsSiriHearsInTheSameHouseholdCart() throws Exception {
        String data = dataDir.toString();
        List<String> mum = created("tokens", "create", "--member", "мама", "--link-code", "--data-dir", data);
        List<String> dad =
                created("tokens", "create", "--member", "папа", "--household-of", mum.get(0), "--data-dir", data);
        String code = mum.get(1).replace("code: ", "");

        try (Application application =
                Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT)) {
            TestHttp http = new TestHttp(application.baseUri());
            http.post("/alice", alice("kitchen-station", "код " + code), Map.of());
            http.post("/alice", alice("kitchen-station", "добавь молоко"), Map.of());

            JsonNode mumHears = siri(http, mum.get(0), "что в корзине");
            JsonNode dadHears = siri(http, dad.get(0), "что в корзине");

            assertThat(mumHears.path("speech").asText()).containsIgnoringCase("молоко");
            assertThat(dadHears.path("speech").asText())
                    .isEqualTo(mumHears.path("speech").asText());
        }
    }

    @Test
    void tokensCreatePrintsTheTokenOnceAndTheCodeWhenAsked() {
        List<String> lines =
                created("tokens", "create", "--member", "Аня", "--link-code", "--data-dir", dataDir.toString());

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("[A-Za-z0-9_-]{43}");
        assertThat(lines.get(1)).matches("code: \\d{6}");
        assertThat(err.toString()).contains("shown only this once");
    }

    @Test
    void tokensCreateRefusesAnUnknownHousehold() {
        int exit = korzina(
                "tokens", "create", "--member", "Аня", "--household-of", "nope", "--data-dir", dataDir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--household-of: that token is unknown");
    }
}
