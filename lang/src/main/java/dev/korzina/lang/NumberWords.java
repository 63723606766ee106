package dev.korzina.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Cardinal numbers said as words, in Russian (with the case forms shoppers use: "две", "двух", "одну") and
 * English: "три" → 3, "twenty" → 20. Compound numbers ("двадцать пять") are the sum of their words.
 */
public final class NumberWords {

    private static final Map<String, Integer> CARDINALS = cardinals(
            "ноль 0 один 1 одна 1 одну 1 одно 1 одного 1 одной 1 два 2 две 2 двух 2 три 3 трех 3 трёх 3 четыре 4"
                    + " четырех 4 четырёх 4 пять 5 пяти 5 шесть 6 семь 7 восемь 8 девять 9 десять 10 одиннадцать 11"
                    + " двенадцать 12 тринадцать 13 четырнадцать 14 пятнадцать 15 шестнадцать 16 семнадцать 17"
                    + " восемнадцать 18 девятнадцать 19 двадцать 20 тридцать 30 сорок 40 пятьдесят 50 шестьдесят 60"
                    + " семьдесят 70 восемьдесят 80 девяносто 90 сто 100 двести 200 триста 300 четыреста 400 пятьсот 500"
                    + " zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11"
                    + " twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19"
                    + " twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90 hundred 100");

    private NumberWords() {}

    /**
     * The number a word says.
     *
     * @param word one word, any case, ё or е
     * @return its value, or empty when it is not a number word
     */
    public static Optional<Integer> cardinal(String word) {
        return Optional.ofNullable(CARDINALS.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е')));
    }

    /** Every number word with its value, ё written as е. */
    public static Map<String, Integer> all() {
        return CARDINALS;
    }

    private static Map<String, Integer> cardinals(String pairs) {
        String[] parts = pairs.trim().split("\\s+");
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            words.put(parts[i].replace('ё', 'е'), Integer.valueOf(parts[i + 1]));
        }
        return Map.copyOf(words);
    }
}
