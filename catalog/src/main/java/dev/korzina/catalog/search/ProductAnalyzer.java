package dev.korzina.catalog.search;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Turns product names and queries into comparable terms, the same way on both sides: ё as е, decimal commas as
 * points ("2,5%" = "2.5"), numbers split from units ("930мл" = "930 мл"), unit words in one spelling ({@link
 * UnitFilter}), Russian and English stop words dropped, then either the Russian stem (the light stemmer: Snowball cuts "сметана" to "смета" but "сметаной" to
 * "сметан") or the English singular
 * ({@link Mode#STEMS}) or a transliteration key ({@link Mode#TRANSLIT}).
 */
final class ProductAnalyzer extends Analyzer {

    /** What the terms are. */
    enum Mode {
        /** Russian light stems and English singulars: "молока" → "молок", "eggs" → "egg". */
        STEMS,
        /** Spelling-independent Latin keys: "Кока-Кола" and "coca cola" → "koka", "kola". */
        TRANSLIT,
        /** The {@link #TRANSLIT} keys of the Latin-script words only, for Cyrillic queries: "пармалат" → "Parmalat". */
        LATIN_KEYS,
        /** The {@link #TRANSLIT} keys of the other words only, for Latin queries: "kefir" → "Кефир". */
        CYRILLIC_KEYS
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("(\\d),(\\d)");
    private static final Pattern NUMBER_THEN_LETTER = Pattern.compile("(\\d)(\\p{L})");
    private static final Pattern LETTER_THEN_NUMBER = Pattern.compile("(\\p{L})(\\d)");
    private static final NormalizeCharMap YO = yo();
    private static final CharArraySet STOP_WORDS = stopWords();

    private final Mode mode;

    ProductAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        Reader normalized = new MappingCharFilter(YO, reader);
        normalized = new PatternReplaceCharFilter(DECIMAL_COMMA, "$1.$2", normalized);
        normalized = new PatternReplaceCharFilter(NUMBER_THEN_LETTER, "$1 $2", normalized);
        return new PatternReplaceCharFilter(LETTER_THEN_NUMBER, "$1 $2", normalized);
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
            case LATIN_KEYS -> new TranslitFilter(new LatinWordsFilter(result, true));
            case CYRILLIC_KEYS -> new TranslitFilter(new LatinWordsFilter(result, false));
        };
        return new TokenStreamComponents(source, result);
    }

    private static NormalizeCharMap yo() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ё", "е");
        builder.add("Ё", "Е");
        return builder.build();
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
