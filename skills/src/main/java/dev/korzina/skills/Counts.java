package dev.korzina.skills;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a bare count from an utterance that names no product ("сделай две", "make it three"), for changing the
 * quantity of the product last spoken about.
 */
final class Counts {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("один", 1),
            Map.entry("одна", 1),
            Map.entry("одну", 1),
            Map.entry("одно", 1),
            Map.entry("два", 2),
            Map.entry("две", 2),
            Map.entry("пару", 2),
            Map.entry("три", 3),
            Map.entry("четыре", 4),
            Map.entry("пять", 5),
            Map.entry("шесть", 6),
            Map.entry("семь", 7),
            Map.entry("восемь", 8),
            Map.entry("девять", 9),
            Map.entry("десять", 10),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10));

    private Counts() {}

    /**
     * The first count in an utterance, in digits or words.
     *
     * @param text the utterance
     * @return the count, or empty when it has none
     */
    static Optional<BigDecimal> read(String text) {
        for (String word : Replies.lower(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.matches("\\d{1,2}")) {
                return Optional.of(new BigDecimal(word));
            }
            if (WORDS.containsKey(word)) {
                return Optional.of(BigDecimal.valueOf(WORDS.get(word)));
            }
        }
        return Optional.empty();
    }
}
