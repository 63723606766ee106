package dev.korzina.replenish.io;

import dev.korzina.replenish.History;
import java.util.Optional;

/** One line of a history file: a household's history, or why the line could not be read. */
public sealed interface HistoryLine {

    /**
     * A line read as a history.
     *
     * @param history the household's history
     */
    record Parsed(History history) implements HistoryLine {}

    /**
     * A line that is not a valid history.
     *
     * @param user the household id, when the line names one
     * @param error what is wrong, starting with the line number
     */
    record Invalid(Optional<String> user, String error) implements HistoryLine {}
}
