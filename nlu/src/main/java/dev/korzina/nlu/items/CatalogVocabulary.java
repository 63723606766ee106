package dev.korzina.nlu.items;

import dev.korzina.nlu.Vocabulary;
import dev.korzina.nlu.text.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of a store's catalog: the first two and three words of every product name are phrases ("Майонез
 * Провансаль Махеевъ 50,5%" gives "майонез провансаль" and "майонез провансаль махеевъ"), and every word of a name
 * is a product word.
 */
final class CatalogVocabulary implements Vocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int LONGEST = 3;

    /** Words that join items in an utterance; a phrase holding one would glue two items together. */
    private static final Set<String> JOINING = Set.of("и", "или", "and", "or", "плюс", "plus");

    /** Words a product phrase never ends with: prepositions that start the next part of the name. */
    private static final Set<String> ENDING_NOT =
            Set.of("с", "со", "в", "во", "из", "для", "на", "без", "по", "with", "in", "of", "for", "without", "the");

    private final PhraseVocabulary phrases;
    private final Set<String> words;

    private CatalogVocabulary(PhraseVocabulary phrases, Set<String> words) {
        this.phrases = phrases;
        this.words = Set.copyOf(words);
    }

    static CatalogVocabulary of(Collection<String> productNames, Lexicon lexicon) {
        List<PhraseVocabulary.Phrase> phrases = new ArrayList<>();
        Set<String> words = new HashSet<>();
        for (String name : productNames) {
            List<String> leading = leadingWords(name);
            List<String> lemmas = leading.stream().map(w -> lemma(w, lexicon)).toList();
            words.addAll(leading);
            words.addAll(lemmas);
            for (int length = 2; length <= Math.min(LONGEST, leading.size()); length++) {
                List<String> phrase = leading.subList(0, length);
                if (phrase.stream().anyMatch(JOINING::contains) || ENDING_NOT.contains(phrase.getLast())) {
                    // "Milk and Honey" must not swallow "milk and two loaves of bread"
                    continue;
                }
                phrases.add(new PhraseVocabulary.Phrase(
                        String.join(" ", leading.subList(0, length)), lemmas.subList(0, length)));
            }
        }
        return new CatalogVocabulary(PhraseVocabulary.of(phrases), words);
    }

    /** The words of a name up to its first number, lower-case, ё as е ("Кока-Кола 1,5 л" → кока, кола). */
    private static List<String> leadingWords(String name) {
        List<String> words = new ArrayList<>();
        for (String part : WordList.normalize(name).split("[\\s,]+")) {
            if (part.chars().anyMatch(Character::isDigit)) {
                break;
            }
            var matcher = WORD.matcher(part);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static String lemma(String word, Lexicon lexicon) {
        return new Word(
                        new Token(word, Token.Kind.WORD, false),
                        lexicon.morphology().analyze(word),
                        Optional.empty())
                .lemma(lexicon.groceries());
    }

    @Override
    public Optional<String> find(List<String> words) {
        return phrases.find(words);
    }

    @Override
    public int longestPhrase() {
        return phrases.longestPhrase();
    }

    @Override
    public boolean isProductWord(String word) {
        return words.contains(WordList.normalize(word));
    }
}
