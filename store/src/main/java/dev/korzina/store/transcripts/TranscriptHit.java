package dev.korzina.store.transcripts;

import dev.korzina.skills.TranscriptEntry;
import java.util.Map;
import java.util.Objects;

/**
 * A turn that matched a search.
 *
 * @param id the turn's row id
 * @param entry the turn
 * @param highlights per matched field ({@code utterance}, {@code reply}), its text HTML-escaped with the matching
 *     words in {@code <em>}: "добавь два &lt;em&gt;батона&lt;/em&gt;"; empty without words to match
 */
public record TranscriptHit(long id, TranscriptEntry entry, Map<String, String> highlights) {

    /** Checks the values and copies the highlights. */
    public TranscriptHit {
        Objects.requireNonNull(entry, "entry");
        highlights = Map.copyOf(highlights);
    }
}
