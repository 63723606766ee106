package dev.korzina.assistant.channel.telegram;

import dev.korzina.nlu.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/** The bot's own phrases (greeting, "send text", the cart message) from {@code telegram.properties} and {@code _ru}. */
final class TelegramTexts {

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    TelegramTexts() {
        for (Language language : Language.values()) {
            bundles.put(
                    language,
                    ResourceBundle.getBundle(
                            "dev.korzina.assistant.channel.telegram.telegram",
                            language.locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /**
     * A phrase with its arguments filled in.
     *
     * @param language the reader's language
     * @param key the bundle key
     * @param args the arguments of the {@link MessageFormat} pattern
     * @return the phrase
     */
    String say(Language language, String key, Object... args) {
        String pattern = bundles.get(language).getString(key);
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
        ResourceBundle bundle = bundles.get(language);
        return bundle.containsKey(key) ? bundle.getString(key) : otherwise;
    }
}
