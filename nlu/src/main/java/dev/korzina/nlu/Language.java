package dev.korzina.nlu;

import java.util.Locale;
import java.util.Optional;

/** The languages Korzina understands. */
public enum Language {
    RU(Locale.of("ru")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The language's code as in the contract ({@code "ru"}, {@code "en"}). */
    public String code() {
        return locale.getLanguage();
    }

    /** The locale for resource bundles and case conversions. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language with the given code.
     *
     * @param code {@code "ru"} or {@code "en"}, any case
     * @return the language, or empty for any other code
     */
    public static Optional<Language> fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
