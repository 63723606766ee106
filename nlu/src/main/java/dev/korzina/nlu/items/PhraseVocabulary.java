package dev.korzina.nlu.items;

import dev.korzina.nlu.Vocabulary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Vocabulary} of known phrases, each found by its words as written and by its words' lemmas, and given
 * back as written.
 */
public final class PhraseVocabulary implements Vocabulary {

    private final Map<String, String> phrases;
    private final int longest;

    private PhraseVocabulary(Map<String, String> phrases, int longest) {
        this.phrases = Map.copyOf(phrases);
        this.longest = longest;
    }

    /**
     * A phrase: how it is written, and its words' lemmas.
     *
     * @param written the phrase as it should be written, lower-case
     * @param lemmas its words in dictionary form
     */
    public record Phrase(String written, List<String> lemmas) {}

    /**
     * Builds a vocabulary.
     *
     * @param phrases the phrases, each of two words or more
     * @return the vocabulary
     */
    public static PhraseVocabulary of(List<Phrase> phrases) {
        Map<String, String> keys = new HashMap<>();
        int longest = 0;
        for (Phrase phrase : phrases) {
            List<String> written = List.of(WordList.normalize(phrase.written()).split("\\s+"));
            if (written.size() < 2 || written.size() != phrase.lemmas().size()) {
                continue;
            }
            longest = Math.max(longest, written.size());
            String canonical = String.join(" ", written);
            keys.putIfAbsent(key(written), canonical);
            keys.putIfAbsent(key(phrase.lemmas()), canonical);
        }
        return new PhraseVocabulary(keys, longest);
    }

    @Override
    public Optional<String> find(List<String> words) {
        return Optional.ofNullable(phrases.get(key(words)));
    }

    @Override
    public int longestPhrase() {
        return longest;
    }

    private static String key(List<String> words) {
        return WordList.normalize(String.join(" ", words));
    }
}
