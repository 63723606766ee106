package dev.korzina.nlu.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One token of an utterance.
 *
 * @param text the token, lower-case ("молока", "2,5", "2,5%", ",")
 * @param kind what kind of token it is
 * @param hyphenated whether it was joined to the previous token by a hyphen ("кока-кола", "пол-литра")
 */
public record Token(String text, Kind kind, boolean hyphenated) {

    /** The kinds of token. */
    public enum Kind {
        /** Letters. */
        WORD,
        /** Digits, maybe with a decimal separator ("2", "1,5"). */
        NUMBER,
        /** A number with a percent sign ("2,5%"): an attribute of a product, never an amount. */
        PERCENT,
        /** A comma, semicolon or other punctuation that separates items. */
        SEPARATOR
    }

    /** Whether this is a word. */
    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** The value of a {@link Kind#NUMBER} token. */
    public Optional<BigDecimal> number() {
        return kind == Kind.NUMBER ? Optional.of(new BigDecimal(text.replace(',', '.'))) : Optional.empty();
    }
}
