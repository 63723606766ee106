package dev.korzina.replenish;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An item suggested for a household's next basket, with what a reply needs to explain it: "молоко — вы берёте его раз
 * в 3 дня" when the household has a usual interval for it, "вы его часто берёте" when it bought it before, and
 * "его часто берут" otherwise.
 *
 * @param itemId the item id
 * @param score the model's score, only comparable within one suggestion list
 * @param usualInterval the household's usual time between two purchases of the item, when it has bought it on at
 *     least two different days
 * @param timesBought in how many of the household's baskets the item was
 */
public record Suggestion(String itemId, double score, Optional<Duration> usualInterval, int timesBought) {

    /** Checks the fields. */
    public Suggestion {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(usualInterval, "usualInterval");
        if (timesBought < 0) {
            throw new IllegalArgumentException("timesBought must not be negative, not " + timesBought);
        }
    }
}
