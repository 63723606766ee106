package dev.korzina.skills;

import dev.korzina.skills.Conversation.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Understands the answer to "which one?": an ordinal ("первое", "второй", "the second", "3") or words naming exactly
 * one option ("Простоквашино", "сливочное").
 */
final class Choices {

    /** Per position: the stem of the Russian ordinal, the English ordinal, then numbers said alone. */
    private static final List<List<String>> ORDINALS = List.of(
            List.of("перв", "first", "one", "1"),
            List.of("втор", "second", "two", "2"),
            List.of("трет", "third", "three", "3"));

    /** Words around a choice that say nothing more: "давай второй вариант", "the first one". */
    private static final Set<String> CHOICE_FILLER =
            Set.of("давай", "вариант", "пожалуйста", "номер", "the", "one", "please", "number", "option");

    private static final int MIN_STEM = 4;

    /** A longer utterance is a new request, not an answer. */
    private static final int MAX_WORDS = 4;

    private Choices() {}

    /**
     * The option an answer picks: by an ordinal in the answer, else by the words naming the product, each of which
     * must be in the name of the same single option ("сливочное", "Простоквашино"; not "кефир Простоквашино").
     *
     * @param answer the user's words
     * @param naming the words that name a product: the parsed product phrases, or the answer when it has none
     * @param options the options offered
     * @return the option's index, or empty when the answer names none
     */
    static Optional<Integer> pick(String answer, String naming, List<Option> options) {
        String[] words = words(answer);
        if (words.length > MAX_WORDS) {
            return Optional.empty();
        }
        for (String word : words) {
            for (int i = 0; i < Math.min(ORDINALS.size(), options.size()); i++) {
                if (isOrdinal(word, ORDINALS.get(i), words.length == 1)) {
                    return Optional.of(i);
                }
            }
        }
        List<String> stems = Arrays.stream(words(naming))
                .filter(w -> w.length() >= MIN_STEM)
                .map(w -> w.substring(0, Math.min(w.length(), MIN_STEM + 1)))
                .toList();
        if (stems.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> named = IntStream.range(0, options.size())
                .filter(i -> stems.stream()
                        .allMatch(stem -> Replies.lower(options.get(i).name()).contains(stem)))
                .boxed()
                .toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /**
     * Whether an utterance is nothing but a choice ("первое", "давай второй вариант", "the second one"), which means
     * nothing when no question is pending.
     *
     * @param answer the user's words
     * @return whether it only picks a position
     */
    static boolean onlyPicks(String answer) {
        List<String> words = Arrays.stream(words(answer))
                .filter(word -> !word.isEmpty() && !CHOICE_FILLER.contains(word))
                .toList();
        return words.size() == 1 && ORDINALS.stream().anyMatch(forms -> isOrdinal(words.getFirst(), forms, true));
    }

    private static String[] words(String text) {
        return Replies.lower(text).strip().split("[^\\p{L}\\p{N}]+");
    }

    /** An ordinal word ("второе", "second") anywhere; a number ("2", "two") only as the whole answer. */
    private static boolean isOrdinal(String word, List<String> forms, boolean alone) {
        return word.startsWith(forms.getFirst())
                || word.equals(forms.get(1))
                || (alone && forms.subList(2, forms.size()).contains(word));
    }
}
