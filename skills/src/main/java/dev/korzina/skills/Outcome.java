package dev.korzina.skills;

import java.util.List;
import java.util.Optional;

/**
 * What a skill did: the reply text, the state to remember and the intent to report.
 *
 * @param intent the contract name of the intent handled
 * @param text the reply, as shown on screens
 * @param speech a shorter reply to speak, when the screen shows more than a voice should read out
 * @param buttons the answers offered, if a question was asked
 * @param endSession whether the conversation ends
 * @param conversation the state for the next turn
 */
record Outcome(
        String intent,
        String text,
        Optional<String> speech,
        List<String> buttons,
        boolean endSession,
        Conversation conversation) {

    /** Copies the buttons. */
    Outcome {
        buttons = List.copyOf(buttons);
    }

    /**
     * An outcome whose reply is spoken as it is shown.
     *
     * @param intent the intent handled
     * @param text the reply
     * @param buttons the answers offered
     * @param endSession whether the conversation ends
     * @param conversation the state for the next turn
     */
    Outcome(String intent, String text, List<String> buttons, boolean endSession, Conversation conversation) {
        this(intent, text, Optional.empty(), buttons, endSession, conversation);
    }

    /**
     * A plain answer that keeps the conversation going.
     *
     * @param intent the intent handled
     * @param text the reply
     * @param conversation the state for the next turn
     * @return the outcome
     */
    static Outcome say(String intent, String text, Conversation conversation) {
        return new Outcome(intent, text, List.of(), false, conversation);
    }
}
