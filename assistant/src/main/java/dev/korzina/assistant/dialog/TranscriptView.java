package dev.korzina.assistant.dialog;

import dev.korzina.skills.TranscriptEntry;
import dev.korzina.store.transcripts.TranscriptHit;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A found turn as {@code GET /api/transcripts} and {@code korzina transcripts search} show it (snake_case JSON).
 *
 * @param id the turn's id
 * @param at when it started
 * @param channel the channel it came through
 * @param customerId the customer
 * @param householdId the customer's household
 * @param language the language it was understood in
 * @param utterance what the customer said
 * @param intent the intent handled
 * @param items the parsed items
 * @param reply the reply
 * @param cartDiff what it changed in the cart
 * @param latencyMs how long the engine took, in milliseconds
 * @param highlights the matched fields with the matching words in {@code <em>}, HTML-escaped
 */
public record TranscriptView(
        long id,
        Instant at,
        String channel,
        String customerId,
        String householdId,
        String language,
        String utterance,
        String intent,
        List<String> items,
        String reply,
        String cartDiff,
        double latencyMs,
        Map<String, String> highlights) {

    /**
     * The view of a found turn.
     *
     * @param hit the turn
     * @return its view
     */
    public static TranscriptView of(TranscriptHit hit) {
        TranscriptEntry entry = hit.entry();
        return new TranscriptView(
                hit.id(),
                entry.at(),
                entry.channel(),
                entry.customerId(),
                entry.householdId(),
                entry.language(),
                entry.utterance(),
                entry.intent(),
                entry.items(),
                entry.reply(),
                entry.cartDiff(),
                entry.latency().toNanos() / 1000 / 1000.0,
                hit.highlights());
    }
}
