package dev.korzina.store.transcripts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What to find among the turns; every part given must hold.
 *
 * @param text words the utterance, the reply, the cart change or the intent must contain (in any inflection)
 * @param customerId the customer whose turns to find
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 * @param limit the most turns to answer, at least 1
 */
public record TranscriptQuery(
        Optional<String> text, Optional<String> customerId, Optional<Instant> from, Optional<Instant> to, int limit) {

    /** Checks the values; blank text counts as none. */
    public TranscriptQuery {
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /**
     * Reads a time bound written as a date ({@code 2026-11-25}: the whole day in UTC) or an ISO-8601 instant
     * ({@code 2026-11-25T10:15:00Z}).
     *
     * @param text the bound
     * @param end whether it ends a period: a date then bounds the end of its day
     * @return the instant
     * @throws IllegalArgumentException when the text is neither
     */
    public static Instant bound(String text, boolean end) {
        String value = text.strip();
        try {
            if (value.length() == "2026-11-25".length()) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is neither a date (2026-11-25) nor an instant (2026-11-25T10:15:00Z)", e);
        }
    }
}
