package dev.korzina.skills;

import dev.korzina.lang.NumberWords;
import dev.korzina.nlu.Intent;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Parse;
import dev.korzina.skills.Conversation.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the answer to a proposal of several products: "добавь всё" / "add everything" (or a yes), "первые
 * три" / "the first three", "всё кроме сыра" / "everything except cheese", or products named by name ("добавь
 * молоко и кофе").
 */
final class ProposalAnswers {

    private static final Pattern EXCEPT =
            Pattern.compile("(?:кроме|без|except|but|without|other than|apart from)\\s+(.+)");
    /** "первые три", "the first two", "top 3"; and "три первых". */
    private static final List<Pattern> FIRST = List.of(
            Pattern.compile("(?:перв\\p{L}*|first|top)\\s+(\\d+|\\p{L}+)"),
            Pattern.compile("(\\d+|\\p{L}+)\\s+перв\\p{L}*"));

    private static final Pattern ALL = Pattern.compile("(?<!\\p{L})(?:все|всех|всю|all|everything)(?!\\p{L})");
    private static final Pattern ENDING_RU = Pattern.compile("[аеиоуыэюяйь]+$");
    private static final int MIN_STEM = 3;

    private ProposalAnswers() {}

    /**
     * The offered products an answer takes.
     *
     * @param parse the answer, understood
     * @param options the products offered, most likely first
     * @param names every name of an offered product (catalog name, English name) to match words against
     * @return the products to add, in the offered order; empty when the answer is not about the proposal
     */
    static Optional<List<Option>> pick(Parse parse, List<Option> options, Function<Option, String> names) {
        String text = Replies.lower(parse.text()).strip();
        Matcher except = EXCEPT.matcher(text);
        if (except.find()) {
            List<Option> dropped = named(except.group(1), options, names);
            return dropped.isEmpty()
                    ? Optional.empty()
                    : Optional.of(
                            options.stream().filter(o -> !dropped.contains(o)).toList());
        }
        Optional<Integer> first = FIRST.stream()
                .map(p -> p.matcher(text))
                .filter(Matcher::find)
                .flatMap(m -> count(m.group(1)).stream())
                .filter(n -> n > 0)
                .findFirst();
        if (first.isPresent()) {
            return Optional.of(options.subList(0, Math.min(first.get(), options.size())));
        }
        if (ALL.matcher(text).find() || parse.intent() instanceof Intent.Confirm) {
            return Optional.of(options);
        }
        List<Item> items = parse.intent().items();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<List<Option>> perItem =
                items.stream().map(i -> named(i.product(), options, names)).toList();
        if (perItem.stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(options.stream()
                .filter(o -> perItem.stream().anyMatch(l -> l.contains(o)))
                .toList());
    }

    private static Optional<Integer> count(String word) {
        return word.chars().allMatch(Character::isDigit)
                ? Optional.of(Integer.parseInt(word))
                : NumberWords.cardinal(word);
    }

    /** The options whose names hold a word starting with the stem of one of the words of a phrase. */
    private static List<Option> named(String phrase, List<Option> options, Function<Option, String> names) {
        List<String> stems = Arrays.stream(words(phrase))
                .map(ProposalAnswers::stem)
                .filter(s -> s.length() >= MIN_STEM)
                .toList();
        return options.stream()
                .filter(o -> {
                    List<String> words = Arrays.asList(words(names.apply(o)));
                    return stems.stream().anyMatch(s -> words.stream().anyMatch(w -> w.startsWith(s)));
                })
                .toList();
    }

    /** "сыра" → "сыр", "молоко" → "молок", "eggs" → "egg": a prefix the forms of the word share. */
    private static String stem(String word) {
        String stem = ENDING_RU.matcher(word).replaceFirst("");
        if (stem.length() < MIN_STEM) {
            stem = word;
        }
        return stem.length() > MIN_STEM && stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
    }

    private static String[] words(String text) {
        return Replies.lower(text).strip().split("[^\\p{L}\\p{N}]+");
    }
}
