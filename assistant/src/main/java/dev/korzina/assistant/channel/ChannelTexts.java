package dev.korzina.assistant.channel;

import dev.korzina.nlu.Language;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The phrases a channel adapter says itself (greetings, linking, errors) in Russian and English, from a bundle of
 * {@code .properties} files (UTF-8) next to the adapter.
 */
public final class ChannelTexts {

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    /**
     * Loads a bundle.
     *
     * @param bundle its base name ({@code dev.korzina.assistant.channel.alice.alice})
     */
    public ChannelTexts(String bundle) {
        for (Language language : Language.values()) {
            bundles.put(
                    language,
                    ResourceBundle.getBundle(
                            bundle,
                            language.locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    /**
     * A phrase with its arguments filled in.
     *
     * @param language the user's language
     * @param key the bundle key
     * @param args the arguments of its {@link MessageFormat} pattern
     * @return the phrase
     */
    public String say(Language language, String key, Object... args) {
        String pattern = bundles.get(language).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
