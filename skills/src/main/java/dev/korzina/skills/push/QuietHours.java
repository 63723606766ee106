package dev.korzina.skills.push;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours of the night when nothing is pushed to a household; a notice that comes then waits for their end.
 * {@code from} equal to {@code to} means no quiet hours.
 *
 * @param from when they start, local time (22:00)
 * @param to when they end, local time (08:00); before {@code from} when they span midnight
 * @param zone the households' time zone
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    /** Checks the values. */
    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * When a notice that comes at a moment may be pushed.
     *
     * @param at when it comes
     * @return {@code at} outside the quiet hours, else their end
     */
    public Instant release(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = to.isBefore(from);
        boolean quiet =
                spansMidnight ? !time.isBefore(from) || time.isBefore(to) : !time.isBefore(from) && time.isBefore(to);
        if (!quiet) {
            return at;
        }
        ZonedDateTime end = local.with(to);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
