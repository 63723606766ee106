package dev.korzina.skills;

/** Keeps every turn, so support staff can review what was said, understood, changed and answered. */
public interface TranscriptStore {

    /**
     * Stores one turn.
     *
     * @param entry the turn
     */
    void record(TranscriptEntry entry);
}
