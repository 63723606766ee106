package dev.korzina.skills.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours 22:00–08:00 Moscow time (UTC+3). */
class QuietHoursTest {

    private static final QuietHours NIGHT =
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Moscow"));

    @Test
    void aNoticeInTheDaytimeGoesAtOnce() {
        Instant noon = Instant.parse("2026-11-26T09:00:00Z");

        assertThat(NIGHT.release(noon)).isEqualTo(noon);
    }

    @Test
    void aNoticeBeforeMidnightWaitsForTheMorning() {
        assertThat(NIGHT.release(Instant.parse("2026-11-26T20:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
    }

    @Test
    void aNoticeAfterMidnightWaitsForTheSameMorning() {
        assertThat(NIGHT.release(Instant.parse("2026-11-26T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T05:00:00Z"));
    }

    @Test
    void theEndOfTheQuietHoursIsNoLongerQuiet() {
        Instant eight = Instant.parse("2026-11-27T05:00:00Z");

        assertThat(NIGHT.release(eight)).isEqualTo(eight);
    }

    @Test
    void quietHoursWithinOneDayHoldUntilTheirEnd() {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0), ZoneId.of("UTC"));

        assertThat(afternoon.release(Instant.parse("2026-11-26T14:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-26T15:00:00Z"));
    }
}
