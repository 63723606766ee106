package dev.korzina.skills;

import java.util.List;
import java.util.Objects;

/**
 * What the assistant answers.
 *
 * @param text the text to show
 * @param tts the text to speak, short and without symbols
 * @param buttons answers the user may tap, where the channel has buttons; empty otherwise
 * @param endSession whether the conversation ends here
 */
public record Reply(String text, String tts, List<String> buttons, boolean endSession) {

    /** Checks the values and copies the buttons. */
    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tts, "tts");
        buttons = List.copyOf(buttons);
    }
}
