package dev.korzina.skills;

import dev.korzina.nlu.Language;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.push.Notice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** How the assistant speaks about orders, from {@code orders.properties}: one sentence per status, and the news. */
final class OrderSpeech {

    /** The kind of the notices about an order's status. */
    static final String NOTICE_KIND = "order_status";

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Replies phrases = new Replies("dev.korzina.skills.orders");
    private final ZoneId zone;

    /**
     * Creates the speech.
     *
     * @param zone the time zone delivery times are said in
     */
    OrderSpeech(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * An order's status, ETA and courier in one sentence: "Ваш заказ 1042 уже у курьера, курьер Алексей, телефон
     * …, привезём к 14:30."
     *
     * @param order the order
     * @param language the language
     * @return the sentence
     */
    String status(Order order, Language language) {
        StringBuilder sentence =
                new StringBuilder(say(language, "status." + order.status().code(), String.valueOf(order.number())));
        order.courier().ifPresent(c -> sentence.append(say(language, "status.courier", c.name(), c.phone())));
        if (!order.status().isFinal()) {
            order.eta().ifPresent(eta -> sentence.append(say(language, "status.eta", CLOCK.format(eta.atZone(zone)))));
        }
        return sentence.append('.').toString();
    }

    /**
     * The notice of an order's new status, in both languages.
     *
     * @param order the order after the change
     * @return the notice
     */
    Notice notice(Order order) {
        return new Notice(NOTICE_KIND, status(order, Language.RU), status(order, Language.EN));
    }

    /**
     * The news a turn starts with: "Кстати, ваш заказ 1042 уже у курьера."
     *
     * @param news the notices not heard yet
     * @param language the language
     * @return the sentences, or empty text when there is no news
     */
    String news(List<Notice> news, Language language) {
        return news.stream()
                .map(n -> n.text(language))
                .map(text ->
                        say(language, "news", text.substring(0, 1).toLowerCase(language.locale()) + text.substring(1)))
                .collect(Collectors.joining(" "));
    }

    /**
     * An order phrase.
     *
     * @param language the language
     * @param key the key in {@code orders.properties}
     * @param args its arguments; numbers are passed as text so that they are not grouped ("1 042")
     * @return the phrase
     */
    String say(Language language, String key, Object... args) {
        return phrases.say(language, key, args);
    }
}
