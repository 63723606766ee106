package dev.korzina.store.transcripts;

import java.util.List;

/** Finds stored dialog turns by what was said or answered, by customer and by time. */
public interface TranscriptSearch {

    /**
     * Searches the turns.
     *
     * @param query the words and filters
     * @return the matching turns: best first when words were given, else newest first
     */
    List<TranscriptHit> search(TranscriptQuery query);
}
