package dev.korzina.catalog.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Words analysed once already, handed to Lucene as a field's tokens so that indexing does not analyse them again. */
final class WordListTokenStream extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> words;
    private Iterator<String> next;

    WordListTokenStream(List<String> words) {
        this.words = List.copyOf(words);
    }

    @Override
    public void reset() {
        next = words.iterator();
    }

    @Override
    public boolean incrementToken() {
        if (!next.hasNext()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(next.next());
        return true;
    }
}
