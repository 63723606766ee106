package dev.korzina.skills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One turn as support staff review it.
 *
 * @param at when the turn started
 * @param channel the channel it came through
 * @param customerId the customer
 * @param householdId the customer's household
 * @param utterance what the customer said
 * @param language the language it was understood in ({@code "ru"})
 * @param intent the contract name of the intent handled
 * @param items the parsed items ("молоко 2 l"), empty when the intent has none
 * @param cartDiff what the turn changed in the cart ("+2 pcs d-0092 Батон …"), empty when nothing
 * @param reply the reply text
 * @param latency how long the turn took in the engine
 */
public record TranscriptEntry(
        Instant at,
        String channel,
        String customerId,
        String householdId,
        String utterance,
        String language,
        String intent,
        List<String> items,
        String cartDiff,
        String reply,
        Duration latency) {

    /** Checks the values and copies the items. */
    public TranscriptEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(utterance, "utterance");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(intent, "intent");
        items = List.copyOf(items);
        Objects.requireNonNull(cartDiff, "cartDiff");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(latency, "latency");
    }
}
