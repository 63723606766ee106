package dev.korzina.skills;

import dev.korzina.lang.NumberWords;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a bare count from an utterance that names no product ("сделай две", "make it three"), for changing the
 * quantity of the product last spoken about.
 */
final class Counts {

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
            if (word.equals("пару") || word.equals("пара")) {
                return Optional.of(BigDecimal.TWO);
            }
            Optional<Integer> number = NumberWords.cardinal(word);
            if (number.isPresent()) {
                return Optional.of(BigDecimal.valueOf(number.get()));
            }
        }
        return Optional.empty();
    }
}
