package dev.korzina.skills;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to swap one product for another: "поменяй кефир на ряженку", "замени молоко на кефир", "вместо кефира
 * возьми ряженку", "replace the milk with kefir", "swap milk for oat milk". A number after "на" ("поменяй молоко на
 * 3") is a new quantity, not a product.
 *
 * @param from the phrase naming what goes out
 * @param to the phrase naming what comes in
 */
record Replacement(String from, String to) {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile(
                    "^(?:а\\s+)?(?:давай\\s+)?(?:поменяй|замени|смени|поменять|заменить)\\s+(.+?)\\s+на\\s+(.+)$"),
            Pattern.compile("^(?:а\\s+)?вместо\\s+(.+?)\\s+(?:возьми|положи|добавь|давай|купи|хочу)\\s+(.+)$"),
            Pattern.compile("^(?:please\\s+)?(?:replace|swap)\\s+(?:the\\s+)?(.+?)\\s+(?:with|for)\\s+(.+)$"));

    /**
     * The replacement an utterance asks for.
     *
     * @param text the utterance
     * @return the two phrases, or empty when it asks for none
     */
    static Optional<Replacement> in(String text) {
        String said = Replies.lower(text)
                .replaceAll("[^\\p{L}\\p{N}\\s%.,-]", " ")
                .strip()
                .replaceAll("\\s+", " ");
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(said);
            if (matcher.matches() && Counts.read(matcher.group(2).split(" ")[0]).isEmpty()) {
                return Optional.of(new Replacement(matcher.group(1), matcher.group(2)));
            }
        }
        return Optional.empty();
    }
}
