package dev.korzina.catalog.search;

import java.util.Map;

/**
 * Spelling-independent Latin keys, so that a Latin spelling finds a Cyrillic name and back: "kefir" and
 * "кефир" → "kefir", "coca cola" and "кока кола" → "koka kola", "parmalat" and "пармалат" → "parmalat". Cyrillic
 * letters are transliterated first; then the Latin spelling variants that sound alike are folded (c/k, ph/f, w/v,
 * y/i, doubled letters).
 */
final class Transliteration {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "h"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "sh"),
            Map.entry('ъ', ""),
            Map.entry('ы', "i"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    private Transliteration() {}

    /**
     * The key of one lower-case word.
     *
     * @param word a lower-case word in any script
     * @return its Latin key; digits and other characters are kept
     */
    static String key(String word) {
        StringBuilder latin = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String folded = latin.toString()
                .replace("shch", "sh")
                .replace("sch", "sh")
                .replace("tch", "ch")
                .replace("ch", "4")
                .replace("kh", "h")
                .replace("zh", "j")
                .replace("ph", "f")
                .replace("ck", "k")
                .replace("ts", "c")
                .replace("tz", "c")
                .replace('w', 'v')
                .replace('q', 'k')
                .replace("x", "ks")
                .replace('y', 'i');
        return collapseDoubles(foldC(folded));
    }

    /** "c" sounds as "s" before e and i and as "k" elsewhere; "ц" (already "c" here) stays "c" only before vowels. */
    private static String foldC(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'c') {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                out.append(next == 'e' || next == 'i' ? 's' : 'k');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String collapseDoubles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 0 || c != text.charAt(i - 1) || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
