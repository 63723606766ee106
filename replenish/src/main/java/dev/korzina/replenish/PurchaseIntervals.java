package dev.korzina.replenish;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How regularly a household buys an item, from the dates of its baskets. */
public final class PurchaseIntervals {

    private PurchaseIntervals() {}

    /**
     * The median number of days between two consecutive purchase days of an item.
     *
     * @param history the household's history
     * @param item the item id
     * @return the usual interval, or empty when the item was bought on fewer than two different known days
     */
    public static Optional<Duration> usual(History history, String item) {
        List<LocalDate> days = history.baskets().stream()
                .filter(b -> b.items().contains(item))
                .flatMap(b -> b.date().stream())
                .distinct()
                .sorted()
                .toList();
        if (days.size() < 2) {
            return Optional.empty();
        }
        long[] gaps = new long[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        }
        Arrays.sort(gaps);
        long median = Math.round((gaps[(gaps.length - 1) / 2] + gaps[gaps.length / 2]) / 2.0);
        return Optional.of(Duration.ofDays(median));
    }

    /**
     * In how many baskets the household bought an item.
     *
     * @param history the household's history
     * @param item the item id
     * @return the number of baskets holding the item
     */
    public static int timesBought(History history, String item) {
        return (int)
                history.baskets().stream().filter(b -> b.items().contains(item)).count();
    }
}
