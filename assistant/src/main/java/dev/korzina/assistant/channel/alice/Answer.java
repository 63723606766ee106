package dev.korzina.assistant.channel.alice;

import dev.korzina.cart.Cart;
import dev.korzina.skills.Reply;
import dev.korzina.skills.TurnResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the skill answers to one request, before it is fitted to the device.
 *
 * @param intent what the user wanted ({@code add_items}), or the skill's own step ({@code greeting})
 * @param text the text to show
 * @param tts the text to speak
 * @param buttons the answers to offer, each with what a press says
 * @param endSession whether the skill closes
 * @param cart the cart to show as a card on a screen, when the user asked for it
 * @param linkAccount whether to show the account linking card
 */
record Answer(
        String intent,
        String text,
        String tts,
        List<Choice> buttons,
        boolean endSession,
        Optional<Cart> cart,
        boolean linkAccount) {

    private static final String SHOW_CART = "show_cart";
    private static final String CLEAR_CART = "clear_cart";
    private static final String OUT_OF_SCOPE = "out_of_scope";

    /** Checks the values and copies the buttons. */
    Answer {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tts, "tts");
        buttons = List.copyOf(buttons);
        Objects.requireNonNull(cart, "cart");
    }

    /**
     * A button.
     *
     * @param title its label
     * @param says what pressing it says to the engine
     */
    record Choice(String title, String says) {}

    /**
     * A plain spoken answer of the skill's own.
     *
     * @param intent the skill's step
     * @param text the text, said as it is shown
     * @return the answer
     */
    static Answer say(String intent, String text) {
        return new Answer(intent, text, text, List.of(), false, Optional.empty(), false);
    }

    /**
     * The answer to a dialog turn. A "which one?" question offers its options as buttons that say their number
     * ("2"), which the engine reads as the choice; yes/no buttons say their label.
     *
     * @param result the engine's turn
     * @return the answer
     */
    static Answer of(TurnResult result) {
        Reply reply = result.reply();
        List<String> titles = reply.buttons();
        boolean choice = !result.intent().equals(CLEAR_CART);
        List<Choice> buttons = IntStream.range(0, titles.size())
                .mapToObj(i -> new Choice(titles.get(i), choice ? String.valueOf(i + 1) : titles.get(i)))
                .toList();
        Optional<Cart> cart =
                result.intent().equals(SHOW_CART) && !result.cart().lines().isEmpty()
                        ? Optional.of(result.cart())
                        : Optional.empty();
        return new Answer(result.intent(), reply.text(), reply.tts(), buttons, reply.endSession(), cart, false);
    }

    /**
     * This answer and, before it, one that came too late for the previous request. An utterance the engine did not
     * understand ("ну что?") only fetches the late answer.
     *
     * @param late the late answer
     * @return both in one
     */
    Answer after(Answer late) {
        if (intent.equals(OUT_OF_SCOPE)) {
            return late;
        }
        return new Answer(
                intent,
                late.text + " " + text,
                late.tts + " " + tts,
                buttons,
                endSession,
                cart.or(late::cart),
                linkAccount || late.linkAccount);
    }

    /**
     * This answer with the account linking card.
     *
     * @return the answer
     */
    Answer withAccountLinking() {
        return new Answer(intent, text, tts, buttons, endSession, cart, true);
    }
}
