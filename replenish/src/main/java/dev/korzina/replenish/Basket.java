package dev.korzina.replenish;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One past purchase of a household: the item ids bought together, and the day when it is known.
 *
 * @param date the day of the purchase, when known
 * @param items the item ids, in the order given; an id may repeat
 */
public record Basket(Optional<LocalDate> date, List<String> items) {

    /** Checks and copies the fields. */
    public Basket {
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }

    /**
     * An undated basket.
     *
     * @param items the item ids
     * @return the basket
     */
    public static Basket of(String... items) {
        return new Basket(Optional.empty(), List.of(items));
    }

    /**
     * A dated basket.
     *
     * @param date the day of the purchase
     * @param items the item ids
     * @return the basket
     */
    public static Basket on(LocalDate date, String... items) {
        return new Basket(Optional.of(date), List.of(items));
    }

    /**
     * Whether the basket was bought after a day; an undated basket never is.
     *
     * @param day the day
     * @return true when the basket is dated later than {@code day}
     */
    public boolean isAfter(LocalDate day) {
        return date.filter(d -> d.isAfter(day)).isPresent();
    }
}
