package dev.korzina.skills.push;

import dev.korzina.nlu.Language;
import java.util.Objects;

/**
 * A message to a household that nobody asked for just now, written in both languages so that each channel can use
 * the language of its recipient.
 *
 * @param kind what it is about ({@code order_status}, {@code weekly_basket}); recipients opt out per kind
 * @param russian the text in Russian
 * @param english the text in English
 */
public record Notice(String kind, String russian, String english) {

    /** Checks the values. */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(russian, "russian");
        Objects.requireNonNull(english, "english");
    }

    /**
     * The text in a language.
     *
     * @param language the recipient's language
     * @return the text
     */
    public String text(Language language) {
        return language == Language.EN ? english : russian;
    }
}
