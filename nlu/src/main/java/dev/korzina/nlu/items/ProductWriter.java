package dev.korzina.nlu.items;

import dev.korzina.nlu.Language;
import dev.korzina.nlu.morph.Analysis;
import java.util.Optional;

/**
 * Writes a chunk's words as the product phrase: Russian nouns in dictionary form with their adjectives agreeing
 * ("туалетную бумагу" → "туалетная бумага"), English head nouns in the singular ("loaves" → "loaf"), words of a
 * prepositional phrase, brands and attributes as said; lower case, ё as е.
 */
final class ProductWriter {

    private final Lexicon lexicon;

    ProductWriter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    String write(Chunk chunk) {
        Optional<Word> mainNoun = chunk.head.stream().filter(Word::isNoun).findFirst();
        Optional<Analysis> nounReading = mainNoun.flatMap(w -> w.preferred(lexicon.groceries(), chunk.amountBefore));
        StringBuilder product = new StringBuilder();
        for (Word word : chunk.before) {
            append(product, word, form(word, chunk, mainNoun, nounReading));
        }
        if (chunk.phrase.isPresent()) {
            append(product, chunk.head.getFirst(), chunk.phrase.get());
            for (Word word : chunk.after) {
                append(
                        product,
                        word,
                        chunk.verbatim.contains(word) ? word.text() : form(word, chunk, mainNoun, nounReading));
            }
            return WordList.normalize(product.toString());
        }
        for (Word word : concat(chunk.head, chunk.after)) {
            append(
                    product,
                    word,
                    chunk.verbatim.contains(word) ? word.text() : form(word, chunk, mainNoun, nounReading));
        }
        return WordList.normalize(product.toString());
    }

    private static java.util.List<Word> concat(java.util.List<Word> a, java.util.List<Word> b) {
        java.util.List<Word> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void append(StringBuilder product, Word word, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!product.isEmpty()) {
            product.append(word.token().hyphenated() ? "-" : " ");
        }
        product.append(text);
    }

    private String form(Word word, Chunk chunk, Optional<Word> mainNoun, Optional<Analysis> nounReading) {
        if (word.correction().isPresent()) {
            return word.correction().get();
        }
        if (!word.token().isWord() || word.readings().isEmpty()) {
            return word.text();
        }
        return lexicon.language() == Language.EN ? english(word, chunk) : russian(word, chunk, mainNoun, nounReading);
    }

    private static String english(Word word, Chunk chunk) {
        boolean lastOfHead = !chunk.head.isEmpty() && chunk.head.getLast() == word;
        if (lastOfHead) {
            return word.readings().stream()
                    .filter(r -> r.tag().equals("NNS"))
                    .map(Analysis::lemma)
                    .findFirst()
                    .orElse(word.text());
        }
        return word.text();
    }

    private String russian(Word word, Chunk chunk, Optional<Word> mainNoun, Optional<Analysis> nounReading) {
        if (word.isNoun()) {
            boolean wantGenitive = chunk.amountBefore;
            return word.preferred(lexicon.groceries(), wantGenitive)
                    .map(Analysis::lemma)
                    .orElse(word.text());
        }
        Optional<Analysis> adjective =
                word.readings().stream().filter(Analysis::isFullAdjective).findFirst();
        if (adjective.isEmpty()) {
            return word.text();
        }
        if (mainNoun.isEmpty() || nounReading.isEmpty()) {
            return adjective.get().lemma();
        }
        String gender = nounReading.get().gender();
        String tag = gender.isEmpty() ? "ADJ:Posit:PL:Nom" : "ADJ:Posit:" + gender + ":Nom";
        return lexicon.morphology()
                .synthesize(adjective.get().lemma(), tag)
                .orElse(adjective.get().lemma());
    }
}
