package dev.korzina.nlu;

import java.util.Objects;

/**
 * The understanding of one utterance.
 *
 * @param text the utterance as given
 * @param language the language it was understood in (given or detected)
 * @param intent what the user wants
 */
public record Parse(String text, Language language, Intent intent) {

    /** Checks the values. */
    public Parse {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(intent, "intent");
    }
}
