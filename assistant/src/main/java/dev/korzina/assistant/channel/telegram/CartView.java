package dev.korzina.assistant.channel.telegram;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartLine;
import dev.korzina.nlu.Language;
import java.util.ArrayList;
import java.util.List;

/** Writes a cart as the text of a chat's cart message: one line per product and the total. */
final class CartView {

    private final TelegramTexts texts;

    CartView(TelegramTexts texts) {
        this.texts = texts;
    }

    /**
     * The cart message.
     *
     * @param cart the cart
     * @param language the reader's language
     * @return the text
     */
    String render(Cart cart, Language language) {
        if (cart.lines().isEmpty()) {
            return texts.say(language, "cart.empty");
        }
        String currency = texts.sayOr(language, "currency." + cart.currency(), cart.currency());
        List<String> rows = new ArrayList<>();
        rows.add(texts.say(language, "cart.title", cart.lines().size()));
        for (CartLine line : cart.lines()) {
            String unit = texts.sayOr(language, "unit." + line.unit(), line.unit());
            rows.add(
                    line.price() == null
                            ? texts.say(language, "cart.line", line.name(), line.quantity(), unit)
                            : texts.say(
                                    language,
                                    "cart.line.price",
                                    line.name(),
                                    line.quantity(),
                                    unit,
                                    line.price(),
                                    currency));
        }
        rows.add(texts.say(language, "cart.total", cart.total(), currency));
        return String.join("\n", rows);
    }
}
