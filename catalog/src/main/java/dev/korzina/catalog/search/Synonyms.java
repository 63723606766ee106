package dev.korzina.catalog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Colloquial and alternative words for products, read from a file in Solr's synonyms format, applied to queries:
 *
 * <pre>
 * # comment
 * газировка, газированная вода, лимонад      (each one finds the others)
 * полторашка =&gt; 1,5 л                      (the left finds the right)
 * </pre>
 *
 * Entries are analysed like queries, so one form covers every inflection ("газировки", "газировку"). A query word
 * that has synonyms still finds itself.
 */
public final class Synonyms {

    private static final int LONGEST_ENTRY_WORDS = 4;

    private final Map<String, List<List<QueryTerm>>> alternatives;

    private Synonyms(Map<String, List<List<QueryTerm>>> alternatives) {
        this.alternatives = alternatives;
    }

    /** No synonyms. */
    public static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /**
     * Reads a synonyms file.
     *
     * @param source the file's text; not closed here
     * @return the synonyms
     * @throws IllegalArgumentException when a line is malformed, naming the line
     * @throws UncheckedIOException when the text cannot be read
     */
    public static Synonyms parse(Reader source) {
        TermAnalysis analysis = new TermAnalysis();
        Map<String, List<List<QueryTerm>>> alternatives = new HashMap<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String entry = line.replaceFirst("#.*", "").strip();
                if (entry.isEmpty()) {
                    continue;
                }
                String[] sides = entry.split("=>", -1);
                if (sides.length > 2) {
                    throw new IllegalArgumentException("synonyms line " + number + " has more than one =>");
                }
                List<List<QueryTerm>> left = phrases(sides[0], analysis, number);
                List<List<QueryTerm>> right = sides.length == 2 ? phrases(sides[1], analysis, number) : left;
                for (List<QueryTerm> phrase : left) {
                    List<List<QueryTerm>> known = alternatives.computeIfAbsent(keyOf(phrase), k -> new ArrayList<>());
                    right.stream()
                            .filter(r -> !keyOf(r).equals(keyOf(phrase)) && !known.contains(r))
                            .forEach(known::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonyms", e);
        }
        return new Synonyms(Map.copyOf(alternatives));
    }

    private static List<List<QueryTerm>> phrases(String side, TermAnalysis analysis, int line) {
        List<List<QueryTerm>> phrases = new ArrayList<>();
        for (String phrase : side.split(",(?!\\d)")) {
            List<QueryTerm> terms = analysis.terms(SpokenNumbers.rewrite(phrase));
            if (terms.size() > LONGEST_ENTRY_WORDS) {
                throw new IllegalArgumentException("synonyms line " + line + ": '" + phrase.strip()
                        + "' is longer than " + LONGEST_ENTRY_WORDS + " words");
            }
            if (!terms.isEmpty()) {
                phrases.add(List.copyOf(terms));
            }
        }
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("synonyms line " + line + " has an empty side");
        }
        return phrases;
    }

    /** The stems joined by spaces; built with a loop as every search asks it for each word and run of words. */
    private static String keyOf(List<QueryTerm> phrase) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < phrase.size(); i++) {
            if (i > 0) {
                key.append(' ');
            }
            key.append(phrase.get(i).stem());
        }
        return key.toString();
    }

    /** How many words and phrases have synonyms. */
    public int size() {
        return alternatives.size();
    }

    /**
     * Groups a query's words into slots, each with the words' synonyms as alternatives; the longest entry wins.
     *
     * @param terms the analysed query
     * @return one slot per word or synonym phrase, in order
     */
    List<Slot> expand(List<QueryTerm> terms) {
        List<Slot> slots = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            int matched = 0;
            for (int length = Math.min(LONGEST_ENTRY_WORDS, terms.size() - i); length > 0 && matched == 0; length--) {
                List<QueryTerm> phrase = terms.subList(i, i + length);
                List<List<QueryTerm>> found = alternatives.get(keyOf(phrase));
                if (found != null) {
                    slots.add(Slot.of(phrase)
                            .with(found.stream()
                                    .map(words -> new Alternative(words, Alternative.Kind.SYNONYM))
                                    .toList()));
                    matched = length;
                }
            }
            if (matched == 0) {
                slots.add(Slot.of(List.of(terms.get(i))));
                matched = 1;
            }
            i += matched;
        }
        return slots;
    }
}
