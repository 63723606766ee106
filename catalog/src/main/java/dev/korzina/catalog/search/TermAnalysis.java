package dev.korzina.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Analyses text into {@link QueryTerm}s with both {@link ProductAnalyzer} modes, which keep words in step. */
final class TermAnalysis {

    /** The field names the analyzers are asked for; they only matter to Lucene's per-field reuse. */
    private static final String STEMS_FIELD = "stems";

    private static final String TRANSLIT_FIELD = "keys";

    private final Analyzer stems = new ProductAnalyzer(ProductAnalyzer.Mode.STEMS);
    private final Analyzer translit = new ProductAnalyzer(ProductAnalyzer.Mode.TRANSLIT);

    /** The analyzer that gives stems. */
    Analyzer stemsAnalyzer() {
        return stems;
    }

    /**
     * Analyses a text.
     *
     * @param text a product name or a query
     * @return its words, in order
     */
    List<QueryTerm> terms(String text) {
        List<String> stemList = tokens(stems, STEMS_FIELD, text);
        List<String> keyList = tokens(translit, TRANSLIT_FIELD, text);
        List<QueryTerm> terms = new ArrayList<>(stemList.size());
        for (int i = 0; i < stemList.size() && i < keyList.size(); i++) {
            terms.add(new QueryTerm(stemList.get(i), keyList.get(i)));
        }
        return terms;
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
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
}
