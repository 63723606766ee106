package dev.korzina.catalog.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps only the words that start with a Latin letter ("Parmalat", "Bombbar"), or only the others. */
final class LatinWordsFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final boolean latin;

    /**
     * Creates the filter.
     *
     * @param input the words
     * @param latin true to keep the Latin words, false to keep the others
     */
    LatinWordsFilter(TokenStream input, boolean latin) {
        super(input);
        this.latin = latin;
    }

    @Override
    protected boolean accept() {
        return term.length() > 0 && isLatin(term.charAt(0)) == latin;
    }

    /** Whether a character is a Latin letter. */
    static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
