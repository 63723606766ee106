package dev.korzina.nlu;

import java.util.List;
import java.util.Optional;

/**
 * Multi-word product names ("батон нарезной", "селёдка под шубой", "peanut butter") that an utterance without
 * commas must keep together as one item. Words are compared lower-case with ё as е, each either as said or in
 * dictionary form.
 */
public interface Vocabulary {

    /**
     * The product these words name, if they are a known phrase.
     *
     * @param words two or more words, lower-case, as said or in dictionary form
     * @return the phrase as it should be written ("кока кола" for "кока колы"), or empty
     */
    Optional<String> find(List<String> words);

    /** The most words a phrase has. */
    int longestPhrase();

    /**
     * Whether a word is part of some product's name (a catalog knows all of its products' words).
     *
     * @param word a word, lower-case, as said or in dictionary form
     * @return true when a product is called by it
     */
    default boolean isProductWord(String word) {
        return false;
    }

    /**
     * A vocabulary that knows the phrases of this one and of another.
     *
     * @param other the other vocabulary
     * @return their union, this one first
     */
    default Vocabulary and(Vocabulary other) {
        Vocabulary self = this;
        return new Vocabulary() {
            @Override
            public Optional<String> find(List<String> words) {
                return self.find(words).or(() -> other.find(words));
            }

            @Override
            public int longestPhrase() {
                return Math.max(self.longestPhrase(), other.longestPhrase());
            }

            @Override
            public boolean isProductWord(String word) {
                return self.isProductWord(word) || other.isProductWord(word);
            }
        };
    }
}
