package dev.korzina.catalog.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns product names and queries into comparable terms, the same way on both sides: ё as е, decimal commas as
 * points ("2,5%" = "2.5"), numbers split from units ("930мл" = "930 мл"), unit words in one spelling ({@link
 * UnitFilter}), Russian and English stop words dropped, then either the Russian stem and the English singular ({@link
 * Mode#STEMS}; the light stemmer, as Snowball cuts "сметана" to "смета" but "сметаной" to "сметан") or a
 * transliteration key ({@link Mode#TRANSLIT}). Other Russian and English texts searched the way products are
 * (transcripts) take the {@link #stems()} analyzer.
 */
public final class ProductAnalyzer extends Analyzer {

    /** What the terms are. */
    enum Mode {
        /** Russian light stems and English singulars: "молока" → "молок", "eggs" → "egg". */
        STEMS,
        /** Spelling-independent Latin keys: "Кока-Кола" and "coca cola" → "koka", "kola". */
        TRANSLIT
    }

    private static final CharArraySet STOP_WORDS = stopWords();

    private final Mode mode;

    ProductAnalyzer(Mode mode) {
        this.mode = mode;
    }

    /**
     * An analyzer giving Russian light stems and English singulars ("батона" → "батон", "eggs" → "egg"), the
     * terms product names are searched by.
     *
     * @return a new analyzer, to close when done
     */
    public static Analyzer stems() {
        return new ProductAnalyzer(Mode.STEMS);
    }

    /**
     * The non-empty terms an analyzer makes of a text, in order.
     *
     * @param analyzer the analyzer
     * @param field the field the text is for
     * @param text the text
     * @return its terms
     */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return tokens;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new StringReader(normalize(text.toString()));
    }

    /**
     * Writes ё as е and a decimal comma as a point, and puts a space between a number and a word: "1,5л" → "1.5 л".
     * One pass over the text, cheaper than a chain of pattern char filters.
     */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == ',' && Character.isDigit(previous) && Character.isDigit(next)) {
                out.append('.');
                continue;
            }
            if ((Character.isDigit(previous) && Character.isLetter(c))
                    || (Character.isLetter(previous) && Character.isDigit(c))) {
                out.append(' ');
            }
            out.append(c == 'ё' ? 'е' : c == 'Ё' ? 'Е' : c);
        }
        return out.toString();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        result = new UnitFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = switch (mode) {
            case STEMS -> new EnglishMinimalStemFilter(new RussianLightStemFilter(result));
            case TRANSLIT -> new TranslitFilter(result);
        };
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // "без" (without) and "no" change what a shopper wants: "без лактозы", "no salt"
        words.remove("без");
        words.remove("no");
        words.remove("не");
        return CharArraySet.unmodifiableSet(words);
    }
}
