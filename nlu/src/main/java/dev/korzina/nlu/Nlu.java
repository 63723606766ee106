package dev.korzina.nlu;

import java.util.Optional;

/** Understands shopping utterances. Implementations are thread-safe. */
public interface Nlu {

    /**
     * Understands one utterance.
     *
     * @param text the utterance, typed or transcribed from speech, any case and punctuation
     * @param language its language, or empty to detect it
     * @return what the user wants
     */
    Parse parse(String text, Optional<Language> language);

    /**
     * Understands one utterance, detecting its language.
     *
     * @param text the utterance
     * @return what the user wants
     */
    default Parse parse(String text) {
        return parse(text, Optional.empty());
    }
}
