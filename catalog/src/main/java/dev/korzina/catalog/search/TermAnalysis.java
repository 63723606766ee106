package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

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
        List<String> stemList = ProductAnalyzer.tokens(stems, STEMS_FIELD, text);
        List<String> keyList = ProductAnalyzer.tokens(translit, TRANSLIT_FIELD, text);
        List<QueryTerm> terms = new ArrayList<>(stemList.size());
        for (int i = 0; i < stemList.size() && i < keyList.size(); i++) {
            terms.add(new QueryTerm(stemList.get(i), keyList.get(i)));
        }
        return terms;
    }
}
