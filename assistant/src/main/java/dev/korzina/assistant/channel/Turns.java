package dev.korzina.assistant.channel;

import dev.korzina.nlu.Language;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.identity.Identity;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers one turn of an identified customer: the server's {@link dev.korzina.assistant.dialog.Dialogs}, or in tests
 * a wrapper around it that makes a step slow.
 */
@FunctionalInterface
public interface Turns {

    /**
     * Answers one turn.
     *
     * @param identity resolves the customer, their household and its cart (while the turn starts)
     * @param channel the channel the turn came through
     * @param conversationId the conversation's key, stable per customer and channel
     * @param text what they said
     * @param language its language, or empty to detect it
     * @return the reply and the cart after the turn
     */
    TurnResult turn(
            Supplier<Identity> identity,
            String channel,
            String conversationId,
            String text,
            Optional<Language> language);
}
