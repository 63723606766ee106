package dev.korzina.nlu.items;

import dev.korzina.nlu.morph.Analysis;
import dev.korzina.nlu.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A token with its dictionary readings and the grocery word it may stand for when misspelt.
 *
 * @param token the token
 * @param readings its readings; empty for numbers and unknown words
 * @param correction the grocery word an unknown word is one edit away from
 */
record Word(Token token, List<Analysis> readings, Optional<String> correction) {

    String text() {
        return token.text();
    }

    String normalized() {
        return WordList.normalize(token.text());
    }

    boolean isKnown() {
        return !readings.isEmpty() || correction.isPresent();
    }

    boolean any(Predicate<Analysis> test) {
        return readings.stream().anyMatch(test);
    }

    boolean all(Predicate<Analysis> test) {
        return !readings.isEmpty() && readings.stream().allMatch(test);
    }

    boolean hasLemma(String lemma) {
        return readings.stream().anyMatch(r -> WordList.normalize(r.lemma()).equals(lemma));
    }

    boolean isNoun() {
        return correction.isPresent() || any(r -> r.isNoun() && !r.isName());
    }

    /**
     * The reading that best fits a product phrase: a grocery noun first, then any noun, then a full adjective.
     *
     * @param groceries the grocery words
     * @param wantGenitive whether an amount before it asks for the genitive ("два батона")
     */
    Optional<Analysis> preferred(Groceries groceries, boolean wantGenitive) {
        return readings.stream()
                .max((a, b) -> Integer.compare(score(a, groceries, wantGenitive), score(b, groceries, wantGenitive)));
    }

    private static int score(Analysis a, Groceries groceries, boolean wantGenitive) {
        int score = 0;
        if (a.isNoun() && !a.isName()) {
            score += 8;
        } else if (a.isFullAdjective()) {
            score += 4;
        }
        if (groceries.contains(a.lemma())) {
            score += 16;
        }
        String grammaticalCase = a.grammaticalCase();
        if (wantGenitive && grammaticalCase.equals("R")) {
            score += 2;
        } else if (!wantGenitive && (grammaticalCase.equals("Nom") || grammaticalCase.equals("V"))) {
            score += 2;
        }
        if (a.tag().contains("Inanim")) {
            score += 1;
        }
        return score;
    }

    /** The word's dictionary form for phrase look-ups. */
    String lemma(Groceries groceries) {
        return correction.orElseGet(() -> preferred(groceries, false)
                .map(a -> WordList.normalize(a.lemma()))
                .orElse(normalized()));
    }
}
