package dev.korzina.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.Main;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code korzina search} as its own process, per the command-line contract: JSON Lines in, JSON Lines out. */
class SearchProcessIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void answersEachQueryLineInOrderWithOnlyJsonOnStdout() throws Exception {
        Path catalog = dir.resolve("catalog.csv");
        Files.writeString(catalog, """
                id,name,brand,price,unit,size
                p1,"Молоко Простоквашино 2,5% 930 мл",Простоквашино,"109,90",ml,930
                p2,"Молоко Домик в деревне 3,2% 1,4 л",Домик в деревне,"159,90",l,"1,4"
                p3,"Кока-Кола 1,5 л",Coca-Cola,"149,90",l,"1,5"
                p4,Кефир 1% 930 мл,,"99,90",ml,930
                """, StandardCharsets.UTF_8);
        String stdin = """
                {"id":"q1","query":"молоко 2.5%"}
                not json
                {"id":7,"query":"полторашка колы"}
                {"id":"q3"}
                {"id":"q4","query":"айфон"}
                {"id":"q5","query":"kefir"}
                """;

        List<JsonNode> lines = run(stdin, "search", "--catalog", catalog.toString(), "--top", "2");

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).path("id").asText()).isEqualTo("q1");
        assertThat(lines.get(0).path("results").get(0).path("id").asText()).isEqualTo("p1");
        assertThat(lines.get(0).path("results").get(0).path("name").asText())
                .isEqualTo("Молоко Простоквашино 2,5% 930 мл");
        assertThat(lines.get(0).path("results").get(0).path("score").isNumber()).isTrue();
        assertThat(lines.get(0).path("results")).hasSizeLessThanOrEqualTo(2);
        assertThat(lines.get(1).path("error").asText()).startsWith("not valid JSON");
        assertThat(lines.get(2).path("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).path("results").get(0).path("id").asText()).isEqualTo("p3");
        assertThat(lines.get(3).path("id").asText()).isEqualTo("q3");
        assertThat(lines.get(3).path("error").asText()).contains("query");
        assertThat(lines.get(4).path("results")).isEmpty();
        assertThat(lines.get(5).path("results").get(0).path("id").asText()).isEqualTo("p4");
    }

    @Test
    void aMissingCatalogFailsWithOneLineOnStderr() throws Exception {
        Process process =
                start("search", "--catalog", dir.resolve("missing.csv").toString());
        process.getOutputStream().close();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("korzina search: catalog file " + dir.resolve("missing.csv") + " does not exist");
    }

    private List<JsonNode> run(String stdin, String... args) throws Exception {
        Process process = start(args);
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
