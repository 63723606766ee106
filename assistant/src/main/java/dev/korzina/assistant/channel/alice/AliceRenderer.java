package dev.korzina.assistant.channel.alice;

import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartLine;
import dev.korzina.nlu.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fits an {@link Answer} to Alice: text and speech cut to 1024 characters at a word, button titles to 64, the cart
 * as an {@code ItemsList} card (at most five lines) on a device with a screen, and the conversation's language kept
 * in the session, user and application state.
 */
final class AliceRenderer {

    static final int MAX_TEXT = 1024;
    static final int MAX_TITLE = 64;
    static final int MAX_ITEM_TITLE = 128;
    static final int MAX_CARD_ITEMS = 5;
    static final String LANGUAGE = "lang";

    private final ChannelTexts texts;

    /**
     * Creates the renderer.
     *
     * @param texts the skill's phrases
     */
    AliceRenderer(ChannelTexts texts) {
        this.texts = texts;
    }

    /**
     * The response to a request.
     *
     * @param answer what to answer
     * @param language the conversation's language
     * @param device the device the answer goes to
     * @param loggedIn whether a Yandex user is logged in (only then is user state kept)
     * @return the response
     */
    AliceResponse render(Answer answer, Language language, AliceRequest.Meta device, boolean loggedIn) {
        List<AliceResponse.Button> buttons = answer.buttons().stream()
                .map(b -> new AliceResponse.Button(fit(b.title(), MAX_TITLE), Map.of("text", b.says()), true))
                .toList();
        Optional<AliceResponse.Card> card =
                answer.cart().filter(c -> device.hasScreen()).map(c -> card(c, language));
        Optional<AliceResponse.Directives> directives =
                answer.linkAccount() ? Optional.of(new AliceResponse.Directives(Map.of())) : Optional.empty();
        Map<String, String> state = Map.of(LANGUAGE, language.code());
        return new AliceResponse(
                new AliceResponse.Body(
                        fit(answer.text(), MAX_TEXT),
                        fit(answer.tts(), MAX_TEXT),
                        card,
                        buttons,
                        answer.endSession(),
                        directives),
                answer.endSession() ? Optional.empty() : Optional.of(state),
                loggedIn ? Optional.of(state) : Optional.empty(),
                Optional.of(state),
                AliceResponse.VERSION);
    }

    private AliceResponse.Card card(Cart cart, Language language) {
        List<AliceResponse.Item> items = cart.lines().stream()
                .limit(MAX_CARD_ITEMS)
                .map(line -> new AliceResponse.Item(fit(line.name(), MAX_ITEM_TITLE), describe(line, language)))
                .toList();
        int more = cart.lines().size() - items.size();
        return new AliceResponse.Card(
                "ItemsList",
                new AliceResponse.Line(fit(texts.say(language, "card.header", roubles(cart.total())), MAX_TITLE)),
                items,
                more > 0
                        ? Optional.of(new AliceResponse.Line(texts.say(language, "card.more", more)))
                        : Optional.empty());
    }

    private String describe(CartLine line, Language language) {
        String unit = texts.say(language, "unit." + line.unit());
        String amount = line.quantity().stripTrailingZeros().toPlainString() + " " + unit;
        return line.price() == null
                ? amount
                : texts.say(language, "card.line", amount, roubles(line.price().multiply(line.quantity())));
    }

    private static String roubles(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A text cut to a length: at the last space that leaves room for "…", or hard when there is none.
     *
     * @param text the text
     * @param max the most characters allowed
     * @return the text, at most {@code max} characters
     */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        int end = cut > max / 2 ? cut : max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
