package dev.korzina.nlu.items;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words of one item being gathered: modifiers before the head, the head noun(s), words after it, its amount. */
final class Chunk {

    final List<Word> before = new ArrayList<>();
    final List<Word> head = new ArrayList<>();
    final List<Word> after = new ArrayList<>();
    /** Words of a prepositional phrase or genitive complement: written as said, never put into dictionary form. */
    final List<Word> verbatim = new ArrayList<>();

    /** A known multi-word product, written as the vocabulary writes it. */
    Optional<String> phrase = Optional.empty();

    Optional<Amount> amount = Optional.empty();
    boolean amountBefore;

    boolean hasHead() {
        return !head.isEmpty() || phrase.isPresent();
    }

    boolean isEmpty() {
        return before.isEmpty() && !hasHead() && after.isEmpty();
    }

    /** Moves everything into a new chunk and leaves this one empty. */
    Chunk takeAll() {
        Chunk copy = new Chunk();
        copy.before.addAll(before);
        copy.head.addAll(head);
        copy.after.addAll(after);
        copy.verbatim.addAll(verbatim);
        copy.phrase = phrase;
        copy.amount = amount;
        copy.amountBefore = amountBefore;
        before.clear();
        head.clear();
        after.clear();
        verbatim.clear();
        phrase = Optional.empty();
        amount = Optional.empty();
        amountBefore = false;
        return copy;
    }
}
