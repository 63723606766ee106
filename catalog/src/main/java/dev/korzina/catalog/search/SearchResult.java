package dev.korzina.catalog.search;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one search.
 *
 * @param candidates the matching products, best first; empty means "not found"
 */
public record SearchResult(List<Candidate> candidates) {

    /** A confidence at or above this means the best candidate can be taken without asking. */
    public static final double CONFIDENT = 0.6;

    /** Copies the list. */
    public SearchResult {
        candidates = List.copyOf(candidates);
    }

    /** No product matches well enough. */
    public boolean notFound() {
        return candidates.isEmpty();
    }

    /** The best candidate, if any. */
    public Optional<Candidate> best() {
        return candidates.stream().findFirst();
    }

    /** The best candidate if the search is sure enough of it ({@link #CONFIDENT}); empty means ask or say "not found". */
    public Optional<Candidate> confidentBest() {
        return best().filter(c -> c.confidence() >= CONFIDENT);
    }
}
