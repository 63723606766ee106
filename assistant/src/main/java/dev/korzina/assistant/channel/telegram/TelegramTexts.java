package dev.korzina.assistant.channel.telegram;

import dev.korzina.nlu.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The bot's own phrases (greeting, "send text", the cart message) from {@code telegram.properties} and {@code _ru}. */
final class TelegramTexts {

    private static final String BUNDLE = "dev.korzina.assistant.channel.telegram.telegram";

    private static final ResourceBundle.Control EXACT_LANGUAGE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A phrase with its arguments filled in.
     *
     * @param language the reader's language
     * @param key the bundle key
     * @param args the arguments of the {@link MessageFormat} pattern
     * @return the phrase
     */
    String say(Language language, String key, Object... args) {
        String pattern = bundle(language).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /**
     * A phrase if the bundle has it.
     *
     * @param language the reader's language
     * @param key the bundle key
     * @param otherwise the text when it has not
     * @return the phrase
     */
    String sayOr(Language language, String key, String otherwise) {
        ResourceBundle bundle = bundle(language);
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }

    /** The bundle of a language; {@link ResourceBundle} caches it after the first load. */
    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), EXACT_LANGUAGE);
    }
}
