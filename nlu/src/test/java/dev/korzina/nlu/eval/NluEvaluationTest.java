package dev.korzina.nlu.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.nlu.Intent;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.Parse;
import dev.korzina.nlu.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NluEvaluationTest {

    @TempDir
    Path dir;

    /** An NLU that answers from a table, so the scoring alone is tested. */
    private static Nlu answering(Map<String, Intent> answers) {
        return (text, language) -> new Parse(text, language.orElse(Language.RU), answers.get(text));
    }

    @Test
    void countsEqualAmountsInGramsAndKilogramsAsEqual() throws IOException {
        Path set = write("{\"id\":\"a\",\"lang\":\"ru\",\"text\":\"полкило сыра\",\"intent\":\"add_items\","
                + "\"items\":[{\"product_re\":\"^сыр\\\\w*$\",\"quantity\":0.5,\"unit\":\"kg\"}],\"order_ref\":null}");
        Nlu nlu = answering(
                Map.of("полкило сыра", new Intent.AddItems(List.of(new Item("сыр", new BigDecimal("500"), Unit.G)))));

        NluEvaluation.Report report = new NluEvaluation(nlu).evaluate(NluEvaluation.read(set));

        assertThat(report.all().strict().f1()).isEqualTo(1.0);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void countsAWrongQuantityOnlyLoosely() throws IOException {
        Path set = write("{\"id\":\"a\",\"lang\":\"ru\",\"text\":\"три йогурта\",\"intent\":\"add_items\","
                + "\"items\":[{\"product_re\":\"^йогурт$\",\"quantity\":3,\"unit\":\"pcs\"}]}");
        Nlu nlu = answering(Map.of("три йогурта", new Intent.AddItems(List.of(Item.of("йогурт")))));

        Scores scores = new NluEvaluation(nlu).evaluate(NluEvaluation.read(set)).all();

        assertThat(scores.strict().f1()).isZero();
        assertThat(scores.loose().f1()).isEqualTo(1.0);
    }

    @Test
    void doesNotPenaliseItemsTheLabelIgnores() throws IOException {
        Path set = write("{\"id\":\"a\",\"lang\":\"ru\",\"text\":\"плюс кефир минус молоко\",\"intent\":\"add_items\","
                + "\"items\":[{\"product_re\":\"^кефир$\"}],\"ignore_re\":[\"молоко\"]}");
        Nlu nlu = answering(
                Map.of("плюс кефир минус молоко", new Intent.AddItems(List.of(Item.of("кефир"), Item.of("молоко")))));

        Scores scores = new NluEvaluation(nlu).evaluate(NluEvaluation.read(set)).all();

        assertThat(scores.strict().precision()).isEqualTo(1.0);
    }

    @Test
    void reportsAWrongIntentAsAFailure() throws IOException {
        Path set = write("{\"id\":\"a\",\"lang\":\"en\",\"text\":\"where is order 42\",\"intent\":\"order_status\","
                + "\"items\":[],\"order_ref\":\"42\"}");
        Nlu nlu = answering(Map.of("where is order 42", new Intent.OrderStatus(Optional.of("42"))));

        NluEvaluation.Report report = new NluEvaluation(nlu).evaluate(NluEvaluation.read(set));

        assertThat(report.byLanguage()).containsOnlyKeys("en");
        assertThat(report.all().intentAccuracy()).isEqualTo(1.0);
        assertThat(report.all().orderRefsCorrect()).isEqualTo(1);
    }

    private Path write(String line) throws IOException {
        Path file = dir.resolve("set.jsonl");
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
