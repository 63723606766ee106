package dev.korzina.store.transcripts;

import dev.korzina.catalog.search.ProductAnalyzer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The terms of queries and the highlighting of the words that have them. Each word of a highlighted text is analysed
 * on its own, so the marks sit on the words as written even where the analyzer rewrites the text ("930мл" → "930
 * мл").
 */
final class TranscriptAnalysis {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final Analyzer analyzer;

    TranscriptAnalysis(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The terms of a text, as the index holds them.
     *
     * @param field the field the text is searched in
     * @param text the text
     * @return its terms, in order, without repeats
     */
    Set<String> terms(String field, String text) {
        return new LinkedHashSet<>(ProductAnalyzer.tokens(analyzer, field, text));
    }

    /**
     * The text HTML-escaped with each word that has one of the terms in {@code <em>}.
     *
     * @param field the field the text is from
     * @param text the text
     * @param terms the query's terms
     * @return the marked text, or empty when no word has one of the terms
     */
    Optional<String> mark(String field, String text, Set<String> terms) {
        StringBuilder marked = new StringBuilder(text.length() + 16);
        Matcher words = WORD.matcher(text);
        int written = 0;
        boolean any = false;
        while (words.find()) {
            if (matches(field, words.group(), terms)) {
                escape(text.substring(written, words.start()), marked);
                marked.append("<em>");
                escape(words.group(), marked);
                marked.append("</em>");
                written = words.end();
                any = true;
            }
        }
        escape(text.substring(written), marked);
        return any ? Optional.of(marked.toString()) : Optional.empty();
    }

    private boolean matches(String field, String word, Set<String> terms) {
        return terms(field, word).stream().anyMatch(terms::contains);
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
