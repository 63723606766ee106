package dev.korzina.catalog.search;

/**
 * One analysed word.
 *
 * @param stem its {@link ProductAnalyzer.Mode#STEMS stem}
 * @param key its {@link Transliteration#key transliteration key}
 */
record QueryTerm(String stem, String key) {

    private static final int SHORTEST_WORD_FOR_TWO_EDITS = 6;
    private static final int SHORTEST_WORD_FOR_ONE_EDIT = 4;

    /** A word written in Latin letters ("kefir", "Parmalat"). */
    boolean latin() {
        return isLatin(stem);
    }

    /** Whether a word starts with a Latin letter. */
    static boolean isLatin(String word) {
        return Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.LATIN;
    }

    /** A number such as "930" or "2.5". */
    boolean numeric() {
        return Character.isDigit(stem.charAt(0));
    }

    /** A unit such as "мл" or "oz", which says little about the product on its own. */
    boolean unit() {
        return stem.length() <= 2 && !numeric();
    }

    /** How many typing mistakes a word of this length may have and still match: none in short words. */
    int allowedEdits() {
        if (numeric() || stem.length() < SHORTEST_WORD_FOR_ONE_EDIT) {
            return 0;
        }
        return stem.length() >= SHORTEST_WORD_FOR_TWO_EDITS ? 2 : 1;
    }
}
