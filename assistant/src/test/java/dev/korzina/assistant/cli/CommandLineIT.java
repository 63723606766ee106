package dev.korzina.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void chatJsonAnswersEachTurnWithTheCartAfterItAndReportsBadLines() throws Exception {
        String input = """
                {"user":"u1","text":"добавь два батона","channel":"cli"}
                not json
                {"user":"u1","text":"добавь фуагру"}
                {"user":"u1","text":"отмени"}
                """;

        int exit = runWithInput(
                input, "chat", "--json", "--data-dir", dir.resolve("data").toString());

        assertThat(exit).isZero();
        List<JsonNode> replies = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            replies.add(new ObjectMapper().readTree(line));
        }
        assertThat(replies).hasSize(4);
        assertThat(replies.get(0).path("intent").asText()).isEqualTo("add_items");
        assertThat(replies.get(0).path("reply").asText()).startsWith("Добавила батон");
        assertThat(replies.get(0).path("cart").get(0).path("name").asText()).startsWith("Батон Нарезной Коломенский");
        assertThat(replies.get(0).path("cart").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(replies.get(1).path("error").asText()).startsWith("not valid JSON");
        assertThat(replies.get(2).path("notes").get(0).asText()).isEqualTo("фуагру");
        assertThat(replies.get(2).path("cart")).hasSize(1);
        assertThat(replies.get(3).path("intent").asText()).isEqualTo("undo");
        assertThat(replies.get(3).path("cart")).isEmpty();
    }

    @Test
    void transcriptsSearchPrintsTheMatchingTurnsOfEarlierChatsAsJsonLines() throws Exception {
        String data = dir.resolve("data").toString();
        runWithInput("""
                {"user":"u1","text":"добавь два батона"}
                {"user":"u1","text":"добавь кефир"}
                """, "chat", "--json", "--data-dir", data);
        out.getBuffer().setLength(0);

        int exit = run("transcripts", "search", "--q", "батон", "--data-dir", data);

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode turn = new ObjectMapper().readTree(lines.get(0));
        assertThat(turn.path("utterance").asText()).isEqualTo("добавь два батона");
        assertThat(turn.path("channel").asText()).isEqualTo("cli");
        assertThat(turn.path("reply").asText()).startsWith("Добавила батон");
    }

    @Test
    void transcriptsSearchRefusesABadFromDateByName() {
        int exit = run(
                "transcripts",
                "search",
                "--from",
                "yesterday",
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--from: 'yesterday' is neither a date");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void chatJsonRefusesTheStaffChannelOnItsLineAndGoesOn() throws Exception {
        String input = """
                {"user":"olga","text":"добавь кефир","channel":"staff"}
                {"user":"u1","text":"добавь кефир"}
                """;

        int exit = runWithInput(
                input, "chat", "--json", "--data-dir", dir.resolve("data").toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(new ObjectMapper().readTree(lines.get(0)).path("error").asText())
                .isEqualTo("the channel staff is only for staff sessions");
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("intent").asText())
                .isEqualTo("add_items");
    }

    @Test
    void interactiveChatShowsTheCartAfterEachReplyAndEndsOnStop() {
        int exit = runWithInput(
                "добавь кефир\nхватит\nдобавь батон\n",
                "chat",
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("> Добавила кефир Простоквашино.\n  cart (1), total ")
                .contains("    1 pcs  Кефир Простоквашино")
                .contains("До свидания!")
                .doesNotContain("Добавила батон");
    }

    @Test
    void replenishPredictAnswersEachHistoryLineInOrderAndReportsBadLines() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Files.writeString(history, """
                {"user":"u1","baskets":[{"date":"2024-01-01","items":["milk","bread"]},{"date":"2024-01-04","items":["milk"]},{"date":"2024-02-01","items":["cake"]}]}
                {"user":"u2","baskets":"none"}
                not json
                {"user":"u3","baskets":[{"items":["bread","tea"]}]}
                """, StandardCharsets.UTF_8);

        int exit = run(
                "replenish",
                "predict",
                "--history",
                history.toString(),
                "--k",
                "2",
                "--method",
                "gp-topfreq",
                "--as-of",
                "2024-01-31");

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "{\"user\":\"u1\",\"items\":[\"milk\",\"bread\"]}",
                        "{\"user\":\"u2\",\"error\":\"line 2: \\\"baskets\\\" must be a list\"}",
                        "{\"user\":null,\"error\":\"line 3: not a JSON object\"}",
                        "{\"user\":\"u3\",\"items\":[\"bread\",\"tea\"]}");
    }

    @Test
    void replenishEvalPrintsTheMetricsOfEachMethod() throws Exception {
        Path history = dir.resolve("history.jsonl");
        Files.writeString(history, """
                {"user":"u1","baskets":[{"items":["milk","bread"]},{"items":["milk"]}]}
                {"user":"u2","baskets":[{"items":["tea"]}]}
                """, StandardCharsets.UTF_8);
        Path future = dir.resolve("future.jsonl");
        Files.writeString(future, """
                {"user":"u1","items":["milk"]}
                {"user":"u2","items":["milk"]}
                """, StandardCharsets.UTF_8);

        int exit = run(
                "replenish",
                "eval",
                "--history",
                history.toString(),
                "--future",
                future.toString(),
                "--method",
                "p-topfreq");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .startsWith("p-topfreq: recall@10=0.5000 recall@20=0.5000 ndcg@10=0.5000 ndcg@20=0.5000 users=2"
                        + " missing=0 fit_ms=");
    }

    @Test
    void replenishWithAMissingHistoryFailsWithOneLine() {
        Path missing = dir.resolve("missing.jsonl");

        int exit = run("replenish", "predict", "--history", missing.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("korzina replenish predict: file " + missing + " does not exist");
    }

    @Test
    void helpListsEveryContractedCommand() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve", "import", "nlu", "search", "replenish", "chat");
    }

    @Test
    void nluParseAnswersEachLineInOrderAndReportsBadLines() {
        String input = """
                {"id":"u1","text":"добавь 2 литра молока и хлеб","lang":"ru"}
                not json
                {"id":"u3","text":"where is order 1042"}
                {"id":"u4","text":"масло 200 грамм","lang":"de"}
                """;

        int exit = runWithInput(input, "nlu", "parse");

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList())
                .containsExactly(
                        "{\"id\":\"u1\",\"intent\":\"add_items\",\"items\":[{\"product\":\"молоко\",\"quantity\":2,"
                                + "\"unit\":\"l\"},{\"product\":\"хлеб\",\"quantity\":1,\"unit\":\"pcs\"}],"
                                + "\"order_ref\":null,\"lang\":\"ru\"}",
                        "{\"id\":null,\"error\":\"the line is not JSON: Unrecognized token 'not': was expecting (JSON "
                                + "String, Number, Array, Object or token 'null', 'true' or 'false')\"}",
                        "{\"id\":\"u3\",\"intent\":\"order_status\",\"items\":[],\"order_ref\":\"1042\",\"lang\":\"en\"}",
                        "{\"id\":\"u4\",\"error\":\"\\\"lang\\\" must be ru or en, not de\"}");
    }

    @Test
    void nluEvalReportsEachLanguageAndAll() throws Exception {
        Path set = dir.resolve("set.jsonl");
        Files.writeString(set, """
                {"id":"r1","lang":"ru","text":"закинь три йогурта","intent":"add_items","items":[{"product_re":"^йогурт$","quantity":3}]}
                {"id":"e1","lang":"en","text":"what's in my cart","intent":"show_cart","items":[]}
                """, StandardCharsets.UTF_8);

        int exit = run("nlu", "eval", "--set", set.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("en: intent_acc=1.000")
                .contains("ru: intent_acc=1.000 item_p=1.000 item_r=1.000 item_f1=1.000")
                .contains("all: intent_acc=1.000");
    }

    private int runWithInput(String input, String... args) {
        CommandLine commandLine =
                KorzinaCommand.create(Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void importHistoryAddsEachUsersBasketsOnceAndReportsWhatItSkipped() throws Exception {
        Path history =
                Path.of(getClass().getResource("/replenish/history.jsonl").toURI());
        String data = dir.resolve("data").toString();

        int first = run("import", "--history", history.toString(), "--data-dir", data);
        String firstReport = err.toString();
        err.getBuffer().setLength(0);
        int again = run("import", "--history", history.toString(), "--data-dir", data);

        assertThat(first).isZero();
        assertThat(firstReport)
                .contains("Imported the purchase history of 2 users from " + history
                        + ": 10 dated baskets, 10 new, 3 skipped.")
                .contains("line 2: not a JSON object", "user boris: a basket without a date", "line 4: no \"user\"");
        assertThat(again).isZero();
        assertThat(err.toString()).contains("10 dated baskets, 0 new");
    }

    @Test
    void aChatUserSeesTheHistoryImportedForTheirName() throws Exception {
        Path history =
                Path.of(getClass().getResource("/replenish/history.jsonl").toURI());
        String data = dir.resolve("data").toString();
        run("import", "--history", history.toString(), "--data-dir", data);

        int exit = runWithInput(
                "{\"user\":\"anna\",\"text\":\"что купить на неделю\"}\n", "chat", "--json", "--data-dir", data);

        assertThat(exit).isZero();
        JsonNode reply =
                new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(reply.path("intent").asText()).isEqualTo("replenish");
        assertThat(reply.path("reply").asText())
                .startsWith("На неделю предлагаю: молоко Простоквашино пастеризованное — вы берёте раз в неделю");
    }

    @Test
    void householdOfPutsEveryImportedBasketIntoThatIdentitysHousehold() throws Exception {
        Path history =
                Path.of(getClass().getResource("/replenish/history.jsonl").toURI());
        String data = dir.resolve("data").toString();
        run("import", "--history", history.toString(), "--household-of", "telegram:carol", "--data-dir", data);

        int exit = runWithInput(
                "{\"user\":\"carol\",\"channel\":\"telegram\",\"text\":\"what should I restock\"}\n"
                        + "{\"user\":\"anna\",\"text\":\"what should I restock\"}\n",
                "chat",
                "--json",
                "--data-dir",
                data);

        assertThat(exit).isZero();
        List<String> replies = out.toString().lines().toList();
        assertThat(new ObjectMapper().readTree(replies.get(0)).path("reply").asText())
                .startsWith("For this week I suggest: Prostokvashino Pasteurised Milk");
        assertThat(new ObjectMapper().readTree(replies.get(1)).path("reply").asText())
                .startsWith("I do not know your purchases yet");
    }

    @Test
    void importHistoryWithAMalformedHouseholdFailsWithOneLine() {
        int exit = run(
                "import",
                "--history",
                "h.jsonl",
                "--household-of",
                "alice",
                "--data-dir",
                dir.resolve("data").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("--household-of: expected CHANNEL:EXTERNAL_ID");
    }

    private int run(String... args) {
        CommandLine commandLine = KorzinaCommand.create(Map.of(), InputStream.nullInputStream());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
