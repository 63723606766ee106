package dev.korzina.store.dialog;

import dev.korzina.skills.TranscriptEntry;
import java.util.Objects;

/**
 * A turn as stored, with its row id: ids grow in the order turns are recorded.
 *
 * @param id the row id
 * @param entry the turn
 */
public record StoredTranscript(long id, TranscriptEntry entry) {

    /** Checks the values. */
    public StoredTranscript {
        Objects.requireNonNull(entry, "entry");
    }
}
