package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the numbers a shopper says as digits, the way product names write them: "два с половиной" → "2.5",
 * "три и два" → "3.2", "полтора литра" → "1.5 литра", "пол литра" → "0.5 литра", "two percent" → "2 percent".
 */
final class SpokenNumbers {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("ноль", 0),
            Map.entry("один", 1),
            Map.entry("одна", 1),
            Map.entry("одну", 1),
            Map.entry("одно", 1),
            Map.entry("два", 2),
            Map.entry("две", 2),
            Map.entry("двух", 2),
            Map.entry("три", 3),
            Map.entry("трех", 3),
            Map.entry("трёх", 3),
            Map.entry("четыре", 4),
            Map.entry("пять", 5),
            Map.entry("шесть", 6),
            Map.entry("семь", 7),
            Map.entry("восемь", 8),
            Map.entry("девять", 9),
            Map.entry("десять", 10),
            Map.entry("двадцать", 20),
            Map.entry("тридцать", 30),
            Map.entry("сорок", 40),
            Map.entry("пятьдесят", 50),
            Map.entry("сто", 100),
            Map.entry("двести", 200),
            Map.entry("триста", 300),
            Map.entry("пятьсот", 500),
            Map.entry("zero", 0),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("twelve", 12),
            Map.entry("twenty", 20));

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
        List<String> words = List.of(query.toLowerCase(Locale.ROOT).strip().split("\\s+"));
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
        return Optional.ofNullable(NUMBERS.get(word));
    }

    private static String at(List<String> words, int index) {
        return index < words.size() ? words.get(index) : "";
    }
}
