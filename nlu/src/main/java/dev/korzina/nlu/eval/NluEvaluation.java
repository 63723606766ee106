package dev.korzina.nlu.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.Parse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Runs an {@link Nlu} over a labelled set and scores it exactly as {@code shared/eval/score_nlu.py} does. */
public final class NluEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * An utterance the NLU got wrong.
     *
     * @param id its id
     * @param text the utterance
     * @param expected the right intent and items
     * @param predicted what the NLU said
     */
    public record Failure(String id, String text, String expected, String predicted) {}

    /**
     * The scores of a run.
     *
     * @param byLanguage the scores of each language, by code
     * @param all the scores over every utterance
     * @param failures every utterance with a wrong intent, item or order number
     */
    public record Report(Map<String, Scores> byLanguage, Scores all, List<Failure> failures) {}

    private final Nlu nlu;

    /**
     * Creates an evaluation of an NLU.
     *
     * @param nlu the NLU to measure
     */
    public NluEvaluation(Nlu nlu) {
        this.nlu = nlu;
    }

    /**
     * Reads a labelled set.
     *
     * @param file JSON Lines, one labelled utterance a line
     * @return the utterances
     * @throws UncheckedIOException when the file cannot be read or a line is not a labelled utterance
     */
    public static List<LabelledUtterance> read(Path file) {
        try {
            List<LabelledUtterance> set = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    set.add(JSON.readValue(line, LabelledUtterance.class));
                }
            }
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException("the labelled set " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Parses every utterance (in its labelled language) and scores the results.
     *
     * @param set the labelled utterances
     * @return the scores
     */
    public Report evaluate(List<LabelledUtterance> set) {
        Map<String, Scores> byLanguage = new TreeMap<>();
        Scores all = Scores.NONE;
        List<Failure> failures = new ArrayList<>();
        for (LabelledUtterance gold : set) {
            Parse parse = nlu.parse(gold.text(), Language.fromCode(gold.lang()));
            Scores scores = score(gold, parse);
            byLanguage.merge(gold.lang(), scores, Scores::plus);
            all = all.plus(scores);
            boolean refWrong = scores.orderRefs() > scores.orderRefsCorrect();
            if (scores.intentCorrect() == 0
                    || scores.strict().falsePositives() > 0
                    || scores.strict().falseNegatives() > 0
                    || refWrong) {
                failures.add(new Failure(gold.id(), gold.text(), describe(gold), describe(parse)));
            }
        }
        return new Report(byLanguage, all, failures);
    }

    private static Scores score(LabelledUtterance gold, Parse parse) {
        boolean intentRight = gold.intent().equals(parse.intent().name());
        List<Item> predicted = parse.intent().items();
        Scores.Counts strict = ItemMatching.count(gold, predicted, true);
        Scores.Counts loose = ItemMatching.count(gold, predicted, false);
        boolean refMatters = gold.intent().equals("order_status")
                || gold.intent().equals("repeat_order")
                || gold.orderRef().isPresent();
        Optional<String> goldRef = gold.orderRef().map(NluEvaluation::normalizeRef);
        Optional<String> predictedRef = parse.intent().orderRef().map(NluEvaluation::normalizeRef);
        return new Scores(
                1,
                intentRight ? 1 : 0,
                strict,
                loose,
                refMatters ? 1 : 0,
                refMatters && goldRef.equals(predictedRef) ? 1 : 0);
    }

    private static String normalizeRef(String ref) {
        return ref.replaceAll("[\\s#№-]", "").toLowerCase(Locale.ROOT);
    }

    private static String describe(LabelledUtterance gold) {
        List<String> items = gold.items().stream()
                .map(i -> i.productRe() + " x" + i.quantity().orElse(1.0) + " " + i.units())
                .toList();
        return gold.intent() + " " + items + gold.orderRef().map(r -> " #" + r).orElse("");
    }

    private static String describe(Parse parse) {
        List<String> items = parse.intent().items().stream()
                .map(i -> i.product() + " x" + i.quantity().toPlainString() + " "
                        + i.unit().code())
                .toList();
        return parse.intent().name() + " " + items
                + parse.intent().orderRef().map(r -> " #" + r).orElse("");
    }

    static Pattern productPattern(String regex) {
        return Pattern.compile(
                regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }
}
