package dev.korzina.replenish;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A household's past baskets, oldest first.
 *
 * @param user the household id
 * @param baskets the baskets, oldest first
 */
public record History(String user, List<Basket> baskets) {

    /** Checks and copies the fields. */
    public History {
        Objects.requireNonNull(user, "user");
        baskets = List.copyOf(baskets);
    }

    /**
     * A household with no purchases yet.
     *
     * @param user the household id
     * @return the empty history
     */
    public static History empty(String user) {
        return new History(user, List.of());
    }

    /**
     * The history as it was known at the end of a day: baskets dated later are dropped, undated ones kept.
     *
     * @param day the last day to keep
     * @return this history without the baskets after {@code day}
     */
    public History asOf(LocalDate day) {
        return new History(user, baskets.stream().filter(b -> !b.isAfter(day)).toList());
    }
}
