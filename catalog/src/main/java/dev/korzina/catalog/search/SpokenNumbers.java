package dev.korzina.catalog.search;

import dev.korzina.lang.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the numbers a shopper says as digits, the way product names write them: "два с половиной" → "2.5",
 * "три и два" → "3.2", "полтора литра" → "1.5 литра", "пол литра" → "0.5 литра", "two percent" → "2 percent".
 */
final class SpokenNumbers {

    /** Compiled once: {@link String#split} would compile the pattern on every search. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, String> FRACTIONS =
            Map.of("полтора", "1.5", "полторы", "1.5", "пол", "0.5", "половина", "0.5", "полкило", "0.5 кг");

    private SpokenNumbers() {}

    /**
     * Rewrites spoken numbers as digits.
     *
     * @param query the shopper's words
     * @return the same words with numbers as digits, lower case
     */
    static String rewrite(String query) {
        List<String> words = List.of(SPACES.split(query.toLowerCase(Locale.ROOT).strip()));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = words.get(i);
            Optional<Integer> number = number(word);
            if (FRACTIONS.containsKey(word)) {
                out.add(FRACTIONS.get(word));
                i++;
            } else if (number.isPresent()) {
                i = readNumber(words, i, number.get(), out);
            } else {
                out.add(word);
                i++;
            }
        }
        return String.join(" ", out);
    }

    /** Reads a number starting at {@code start}: "два с половиной", "три и два", "три целых две десятых". */
    private static int readNumber(List<String> words, int start, int whole, List<String> out) {
        String after = at(words, start + 1);
        if (after.equals("с") && at(words, start + 2).startsWith("половин")) {
            out.add(whole + ".5");
            return start + 3;
        }
        if (after.equals("and")
                && at(words, start + 2).equals("a")
                && at(words, start + 3).equals("half")) {
            out.add(whole + ".5");
            return start + 4;
        }
        if (after.equals("и") || after.startsWith("цел") || after.equals("point") || after.equals("запятая")) {
            Optional<Integer> fraction = number(at(words, start + 2));
            if (fraction.isPresent() && fraction.get() < 10) {
                int next = start + 3;
                if (at(words, next).startsWith("десят")) {
                    next++;
                }
                out.add(whole + "." + fraction.get());
                return next;
            }
        }
        out.add(String.valueOf(whole));
        return start + 1;
    }

    private static Optional<Integer> number(String word) {
        return NumberWords.cardinal(word);
    }

    private static String at(List<String> words, int index) {
        return index < words.size() ? words.get(index) : "";
    }
}
