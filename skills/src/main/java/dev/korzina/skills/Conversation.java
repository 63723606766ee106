package dev.korzina.skills;

import dev.korzina.nlu.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the engine remembers of a conversation between turns.
 *
 * @param language the language of the last turn
 * @param lastProductId the product last added, removed or asked about ("добавь ещё одну такую")
 * @param questions the questions waiting for an answer, the one asked first; empty when none
 * @param undoSteps how many cart changes the last changing turn made ("добавь кефир и батон" makes two), so that
 *     "отмени" reverts that whole turn; at least 1
 */
public record Conversation(Language language, Optional<String> lastProductId, List<Question> questions, int undoSteps) {

    /** Checks the values and copies the questions. */
    public Conversation {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lastProductId, "lastProductId");
        questions = List.copyOf(questions);
        if (undoSteps < 1) {
            throw new IllegalArgumentException("undoSteps must be at least 1, was " + undoSteps);
        }
    }

    /**
     * A state whose last changing turn made one change.
     *
     * @param language the language of the last turn
     * @param lastProductId the product last spoken about
     * @param questions the questions waiting for an answer
     */
    public Conversation(Language language, Optional<String> lastProductId, List<Question> questions) {
        this(language, lastProductId, questions, 1);
    }

    /**
     * This state with another number of changes to undo.
     *
     * @param steps the changes the last changing turn made
     * @return the new state
     */
    public Conversation withUndoSteps(int steps) {
        return new Conversation(language, lastProductId, questions, steps);
    }

    /**
     * A conversation that has just begun.
     *
     * @param language the language of its first turn
     * @return the state
     */
    public static Conversation start(Language language) {
        return new Conversation(language, Optional.empty(), List.of());
    }

    /** The question asked now, if any. */
    public Optional<Question> question() {
        return questions.stream().findFirst();
    }

    /**
     * A question the assistant asked.
     *
     * @param kind what it asks
     * @param options for {@link Kind#CHOOSE}, the products offered, at most three; for {@link Kind#RESTOCK}, the
     *     products proposed, most likely first; empty otherwise
     * @param ref what the question is about, for the order questions: the cart version read back for
     *     {@link Kind#CHECKOUT}, the order number for {@link Kind#REPEAT_ORDER} and {@link Kind#RATE_ORDER}
     */
    public record Question(Kind kind, List<Option> options, OptionalLong ref) {

        /** Checks the values and copies the options. */
        public Question {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(ref, "ref");
            options = List.copyOf(options);
        }

        /**
         * A question about no particular thing.
         *
         * @param kind what it asks
         * @param options the products offered, for {@link Kind#CHOOSE}
         */
        public Question(Kind kind, List<Option> options) {
            this(kind, options, OptionalLong.empty());
        }
    }

    /** What a question asks. */
    public enum Kind {
        /** Which of a few products to add. */
        CHOOSE,
        /** Whether to empty the cart. */
        CLEAR_CART,
        /** Which of the proposed products for the week to add ("добавь всё", "первые три", "кроме сыра"). */
        RESTOCK,
        /** Whether to place the order read back. */
        CHECKOUT,
        /** Whether to add a past order to a cart that is not empty. */
        REPEAT_ORDER,
        /** How the delivered order was, from 1 to 5. */
        RATE_ORDER
    }

    /**
     * A product offered in a question, with how many of it would go into the cart.
     *
     * @param productId the product
     * @param name its catalog name
     * @param quantity the cart quantity, already in packs or kilograms
     */
    public record Option(String productId, String name, BigDecimal quantity) {

        /** Checks the values. */
        public Option {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
