package dev.korzina.skills;

import dev.korzina.nlu.morph.Analysis;
import dev.korzina.nlu.morph.Morphology;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts a Russian product name into the accusative case for "Добавила …" and "Убрала …": a feminine name changes
 * ("ряженка Простоквашино" → "ряженку Простоквашино", "сладкая вата" → "сладкую вату", "вода питьевая" → "воду
 * питьевую"), others stay as they are ("молоко", "батон", "яйца"). Only the noun and the adjectives agreeing with
 * it change; brands and other words after them stay.
 */
final class Accusative {

    private static final String FEMININE_NOUN = "NN:(?:Inanim|Anim):Fem:Sin:Nom";
    private static final String FEMININE_ADJECTIVE = "ADJ:Posit:Fem:Nom";

    private final Morphology russian;

    /**
     * Reads forms from a Russian dictionary with synthesis.
     *
     * @param russian the dictionary
     */
    Accusative(Morphology russian) {
        this.russian = russian;
    }

    /**
     * The name in the accusative.
     *
     * @param name a short product name
     * @return the name with its leading feminine words in the accusative
     */
    String of(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            Optional<String> adjective = accusative(words[i], FEMININE_ADJECTIVE);
            if (adjective.isPresent()) {
                words[i] = adjective.get();
                continue;
            }
            Optional<String> noun = accusative(words[i], FEMININE_NOUN);
            if (noun.isPresent()) {
                words[i] = noun.get();
                agree(words, i + 1);
            }
            break;
        }
        return String.join(" ", words);
    }

    /** Adjectives after the noun agree with it too ("воду питьевую", "колбасу Докторскую"). */
    private void agree(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            Optional<String> adjective = accusative(words[i], FEMININE_ADJECTIVE);
            if (adjective.isEmpty()) {
                return;
            }
            words[i] = adjective.get();
        }
    }

    private Optional<String> accusative(String word, String nominative) {
        for (Analysis reading : russian.analyze(word.toLowerCase(Locale.ROOT))) {
            if (reading.tag().matches(nominative)) {
                return russian.synthesize(reading.lemma(), reading.tag().replace(":Nom", ":V"))
                        .map(form -> sameCase(word, form));
            }
        }
        return Optional.empty();
    }

    private static String sameCase(String word, String form) {
        return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(form.charAt(0)) + form.substring(1) : form;
    }
}
