package dev.korzina.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importKeepsTheGoodRowsAndListsEachSkippedRowWithItsReason() throws Exception {
        Path csv = dir.resolve("catalog.csv");
        Files.writeString(csv, """
                id,name,brand,price,unit,size
                a1,"Молоко Простоквашино 2,5% 930 мл",Простоквашино,"109,90",ml,930
                a2,Хлеб Дарницкий,,сорок,g,700
                a3,Яйца С1 10 шт,,119,pcs,10
                a4,Кефир,,,литр,1
                """, StandardCharsets.UTF_8);

        int exit = run(
                "import",
                "--catalog",
                csv.toString(),
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Imported 2 products from " + csv + ": 4 rows read, 2 skipped.")
                .contains("line 3: price 'сорок' is not a number")
                .contains("line 5: unit 'литр' is not one of");
    }

    @Test
    void importOfAMissingFileFailsWithOneLine() {
        Path missing = dir.resolve("missing.csv");

        int exit = run(
                "import",
                "--catalog",
                missing.toString(),
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("korzina import: catalog file " + missing + " does not exist");
    }

    @Test
    void aContractedCommandThatIsNotBuiltSaysSoAndExitsTwo() {
        int exit = run("chat", "--json");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("korzina chat: not available yet");
    }

    @Test
    void aNestedContractedCommandNamesItselfFully() {
        int exit = run("replenish", "predict", "--history", "h.jsonl", "--k", "20");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("korzina replenish predict: not available yet");
    }

    @Test
    void helpListsEveryContractedCommand() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve", "import", "nlu", "search", "replenish", "chat");
    }

    private int run(String... args) {
        CommandLine commandLine = KorzinaCommand.create(Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
