package dev.korzina.catalog.search;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps only the words that start with a Latin letter ("Parmalat", "Bombbar"). */
final class LatinWordsFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return term.length() > 0 && isLatin(term.charAt(0));
    }

    /** Whether a character is a Latin letter. */
    static boolean isLatin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
