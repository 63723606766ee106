package dev.korzina.nlu.items;

import dev.korzina.nlu.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads an amount starting at a word: numbers in digits or words, an optional unit word, and English "of"
 * ("две пачки", "полтора литра", "a dozen", "half a kilo", "two loaves of").
 */
final class AmountReader {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an");

    /**
     * An amount and where the words after it start.
     *
     * @param amount the amount
     * @param end the index of the first word after it
     * @param hasUnit whether a unit word was said
     * @param of whether English "of" followed ("two bottles of")
     */
    record Read(Amount amount, int end, boolean hasUnit, boolean of) {}

    private final Lexicon lexicon;

    AmountReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Read> read(List<Word> words, int start) {
        int i = start;
        BigDecimal value = null;
        boolean afterFraction = false;
        boolean articleOnly = false;
        while (i < words.size()) {
            Word word = words.get(i);
            Optional<BigDecimal> number = number(word);
            if (number.isEmpty()) {
                if (value != null && isHalfSuffix(words, i)) {
                    value = value.add(HALF);
                    i += halfSuffixLength(words, i);
                    continue;
                }
                break;
            }
            BigDecimal v = number.get();
            boolean startsWithArticle = value == null && ARTICLES.contains(word.normalized());
            if (value == null || articleOnly) {
                value = v;
            } else if (afterFraction || lexicon.multipliers().contains(word.normalized())) {
                value = value.multiply(v);
            } else {
                value = value.add(v);
            }
            afterFraction = v.compareTo(BigDecimal.ONE) < 0;
            articleOnly = startsWithArticle;
            i++;
        }
        if (i < words.size() && isPercent(words.get(i))) {
            return Optional.empty();
        }
        Optional<Amount> unit = i < words.size() ? unit(words.get(i)) : Optional.empty();
        if (unit.isPresent()) {
            i++;
            if (value == null && i < words.size()) {
                // "грамм двести", "килограмма полтора": an approximate amount says the unit first
                Optional<BigDecimal> after = number(words.get(i));
                if (after.isPresent()) {
                    value = after.get();
                    i++;
                }
            }
            boolean of = i < words.size() && words.get(i).normalized().equals("of");
            BigDecimal quantity =
                    (value == null ? BigDecimal.ONE : value).multiply(unit.get().quantity());
            if (quantity.signum() <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Read(new Amount(quantity, unit.get().unit()), of ? i + 1 : i, true, of));
        }
        if (value == null || value.signum() <= 0) {
            return Optional.empty();
        }
        boolean of = i < words.size() && words.get(i).normalized().equals("of");
        return Optional.of(new Read(new Amount(value, Unit.PCS), of ? i + 1 : i, false, of));
    }

    private Optional<BigDecimal> number(Word word) {
        if (word.token().kind() == dev.korzina.nlu.text.Token.Kind.NUMBER) {
            return word.token().number();
        }
        if (!word.token().isWord()) {
            return Optional.empty();
        }
        BigDecimal byForm = lexicon.numbers().get(word.normalized());
        if (byForm != null) {
            return Optional.of(byForm);
        }
        return word.readings().stream()
                .filter(r -> r.isNumeral())
                .map(r -> lexicon.numbers().get(WordList.normalize(r.lemma())))
                .filter(v -> v != null)
                .findFirst();
    }

    private Optional<Amount> unit(Word word) {
        if (!word.token().isWord()) {
            return Optional.empty();
        }
        Amount byForm = lexicon.units().get(word.normalized());
        return Optional.ofNullable(byForm);
    }

    private static boolean isPercent(Word word) {
        return word.hasLemma("процент")
                || word.normalized().equals("percent")
                || word.normalized().equals("процентов");
    }

    private static boolean isHalfSuffix(List<Word> words, int i) {
        return halfSuffixLength(words, i) > 0;
    }

    /** "с половиной" and "and a half" after a number add one half. */
    private static int halfSuffixLength(List<Word> words, int i) {
        if (i + 1 < words.size()
                && words.get(i).normalized().equals("с")
                && words.get(i + 1).normalized().startsWith("половин")) {
            return 2;
        }
        if (i + 2 < words.size()
                && words.get(i).normalized().equals("and")
                && words.get(i + 1).normalized().equals("a")
                && words.get(i + 2).normalized().equals("half")) {
            return 3;
        }
        return 0;
    }
}
