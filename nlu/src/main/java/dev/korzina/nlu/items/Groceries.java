package dev.korzina.nlu.items;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Common grocery words of one language, and the nearest of them to a misspelt word. */
final class Groceries {

    private static final int MIN_LENGTH_FOR_CORRECTION = 5;

    private final Set<String> words;

    Groceries(List<String> words) {
        this.words = Set.copyOf(words);
    }

    /**
     * Grocery words with their dictionary forms too ("пельмени" also as "пельмень"), so that a word in dictionary
     * form is found whichever form the list has. A listed word that is itself a dictionary form adds nothing, so
     * "кола" does not bring in "кол".
     *
     * @param words the listed words
     * @param morphology the language's dictionary
     * @return the grocery words
     */
    static Groceries withLemmas(List<String> words, dev.korzina.nlu.morph.Morphology morphology) {
        java.util.Set<String> all = new java.util.HashSet<>(words);
        for (String word : words) {
            List<dev.korzina.nlu.morph.Analysis> readings = morphology.analyze(word);
            boolean isLemma = readings.stream()
                    .anyMatch(r -> WordList.normalize(r.lemma()).equals(word));
            if (!isLemma) {
                readings.stream()
                        .filter(dev.korzina.nlu.morph.Analysis::isNoun)
                        .forEach(reading -> all.add(WordList.normalize(reading.lemma())));
            }
        }
        return new Groceries(List.copyOf(all));
    }

    boolean contains(String lemma) {
        return words.contains(WordList.normalize(lemma));
    }

    /**
     * The grocery word one edit away from a word no dictionary knows ("малоко" → "молоко").
     *
     * @param word an unknown lower-case word
     * @return the correction, when exactly one grocery word is that close
     */
    Optional<String> correct(String word) {
        String normalized = WordList.normalize(word);
        if (normalized.length() < MIN_LENGTH_FOR_CORRECTION) {
            return Optional.empty();
        }
        List<String> close = words.stream()
                .filter(w -> Math.abs(w.length() - normalized.length()) <= 1)
                .filter(w -> withinOneEdit(w, normalized))
                .limit(2)
                .toList();
        return close.size() == 1 ? Optional.of(close.getFirst()) : Optional.empty();
    }

    static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) {
            return withinOneEdit(b, a);
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + Math.min(1, a.length() - i)).equals(b.substring(i + Math.min(1, b.length() - i)))
                    || (i + 1 < a.length()
                            && a.charAt(i) == b.charAt(i + 1)
                            && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2)));
        }
        return b.length() - a.length() == 1 && a.substring(i).equals(b.substring(i + 1));
    }
}
