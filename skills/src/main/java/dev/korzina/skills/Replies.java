package dev.korzina.skills;

import dev.korzina.catalog.Product;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.morph.Morphology;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The engine's phrases in Russian and English, from {@code replies.properties} and {@code replies_ru.properties}
 * (UTF-8). A word that changes with a number is one value holding its forms split by {@code |}
 * ("батон|батона|батонов"); {@link #count} picks the form.
 */
final class Replies {

    static final String BUNDLE = "dev.korzina.skills.replies";

    private static final Pattern NOT_NAME = Pattern.compile("[\\d%]");
    private static final int SHORT_NAME_WORDS = 4;
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    /** Loaded once, at the first Russian sentence that needs it; guarded by {@code this}. */
    private Accusative accusative;

    Replies() {
        this(BUNDLE);
    }

    /**
     * The phrases of another bundle with the same layout.
     *
     * @param bundle the bundle's base name
     */
    Replies(String bundle) {
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
     * @param args the arguments of the {@link MessageFormat} pattern
     * @return the phrase
     */
    String say(Language language, String key, Object... args) {
        String pattern = bundles.get(language).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /**
     * A number with the word that goes with it ("1 батон", "2 батона", "5 батонов"; "1 item", "3 items").
     *
     * @param language the user's language
     * @param key the bundle key holding the forms split by {@code |}: one, few, many (English: one, other)
     * @param number the number
     * @return the number and its word
     */
    String count(Language language, String key, BigDecimal number) {
        String[] forms = bundles.get(language).getString(key).split("\\|");
        return plain(number) + " " + forms[pluralForm(language, number, forms.length)];
    }

    /**
     * Which plural form goes with a number: Russian 0 one (1, 21), 1 few (2–4, 22–24), 2 many (5–20, 25, fractions
     * take "few"); English 0 for exactly one, else the last form.
     *
     * @param language the language
     * @param number the number
     * @param forms how many forms the bundle gives
     * @return the index of the form
     */
    static int pluralForm(Language language, BigDecimal number, int forms) {
        if (number.stripTrailingZeros().scale() > 0) {
            return Math.min(1, forms - 1);
        }
        long n = number.abs().longValue();
        if (language == Language.EN || forms < 3) {
            return n == 1 ? 0 : forms - 1;
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return 0;
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return 1;
        }
        return 2;
    }

    /**
     * A product name short enough to say: its words before the first number, percentage or comma, at most four: the first
     * ones of a name in Cyrillic, its first word lower-cased ("Молоко Простоквашино пастеризованное 2,5% 930 мл" →
     * "молоко Простоквашино пастеризованное"), the last ones of a name in Latin letters as written, which end with the type
     * word ("Blended Apple Cinnamon Greek Yoghurt" → "Apple Cinnamon Greek Yoghurt").
     *
     * @param name the catalog name
     * @param language the user's language
     * @return the short name
     */
    static String shortName(String name, Language language) {
        List<String> words = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            if (NOT_NAME.matcher(word).find()) {
                break;
            }
            String bare = word.replaceFirst("[,.;:]+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
            if (!bare.equals(word)) {
                break;
            }
        }
        if (words.isEmpty()) {
            return name;
        }
        if (!CYRILLIC.matcher(name).find()) {
            // English names end with the product's type word: "Blended Apple Cinnamon Greek Yoghurt"
            return String.join(" ", words.subList(Math.max(0, words.size() - SHORT_NAME_WORDS), words.size()));
        }
        List<String> kept = words.subList(0, Math.min(words.size(), SHORT_NAME_WORDS));
        return kept.getFirst().toLowerCase(language.locale())
                + kept.stream().skip(1).map(word -> " " + word).collect(Collectors.joining());
    }

    /**
     * A product's short name in the user's language: the English catalog name for English when there is one.
     *
     * @param product the product
     * @param language the user's language
     * @return the short name
     */
    static String productName(Product product, Language language) {
        return shortName(ProductNames.of(product, language), language);
    }

    /**
     * Joins phrases as a list: "a, b и c" / "a, b and c".
     *
     * @param language the user's language
     * @param parts the phrases
     * @return the list
     */
    String join(Language language, List<String> parts) {
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1))
                + say(language, "and")
                + parts.get(parts.size() - 1);
    }

    /**
     * A number as people say it: no trailing zeros, at most two decimals.
     *
     * @param number the number
     * @return its text
     */
    static String plain(BigDecimal number) {
        return number.setScale(
                        Math.max(0, Math.min(2, number.stripTrailingZeros().scale())), RoundingMode.HALF_UP)
                .toPlainString();
    }

    /**
     * A price in roubles, rounded to whole roubles for speech.
     *
     * @param language the user's language
     * @param amount the amount
     * @return "245 рублей" / "245 roubles"
     */
    String money(Language language, BigDecimal amount) {
        return count(language, "rouble", amount.setScale(0, RoundingMode.HALF_UP));
    }

    /**
     * A short product name as the object of "Добавила"/"Убрала": in the accusative in Russian ("ряженку"), as it is
     * in English.
     *
     * @param language the user's language
     * @param name the short name
     * @return the name to say
     */
    String object(Language language, String name) {
        if (language != Language.RU) {
            return name;
        }
        return accusative().of(name);
    }

    private synchronized Accusative accusative() {
        if (accusative == null) {
            accusative = new Accusative(Morphology.russian());
        }
        return accusative;
    }

    /** The locale-independent lower case used to compare words. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
