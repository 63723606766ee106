package dev.korzina.nlu.text;

import dev.korzina.nlu.Language;

/** Tells Russian from English by the script most letters are written in; Russian when there are no letters. */
public final class LanguageDetector {

    /**
     * Detects the language of a text.
     *
     * @param text the utterance
     * @return {@link Language#EN} when Latin letters outnumber Cyrillic ones, else {@link Language#RU}
     */
    public Language detect(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return latin > cyrillic ? Language.EN : Language.RU;
    }
}
