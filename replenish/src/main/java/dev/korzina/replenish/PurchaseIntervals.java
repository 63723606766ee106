package dev.korzina.replenish;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** How regularly a household buys each item and shops at all, from the dates of its baskets. */
public final class PurchaseIntervals {

    private final Map<String, TreeSet<LocalDate>> days = new HashMap<>();
    private final Map<String, Integer> baskets = new HashMap<>();
    private final TreeSet<LocalDate> shoppingDays = new TreeSet<>();

    private PurchaseIntervals(History history) {
        for (Basket basket : history.baskets()) {
            for (String item : new LinkedHashSet<>(basket.items())) {
                baskets.merge(item, 1, Integer::sum);
                basket.date()
                        .ifPresent(day ->
                                days.computeIfAbsent(item, i -> new TreeSet<>()).add(day));
            }
            basket.date().ifPresent(shoppingDays::add);
        }
    }

    /**
     * Reads a household's purchase days.
     *
     * @param history the household's history
     * @return its intervals
     */
    public static PurchaseIntervals of(History history) {
        return new PurchaseIntervals(history);
    }

    /**
     * The median number of days between two consecutive days the household bought an item.
     *
     * @param item the item id
     * @return the usual interval, or empty when the item was bought on fewer than two different known days
     */
    public Optional<Duration> usual(String item) {
        return medianGap(days.getOrDefault(item, new TreeSet<>())).map(Duration::ofDays);
    }

    /**
     * The last known day the household bought an item.
     *
     * @param item the item id
     * @return the day, or empty when no basket holding it is dated
     */
    public Optional<LocalDate> lastPurchase(String item) {
        return Optional.ofNullable(days.get(item)).map(TreeSet::last);
    }

    /**
     * In how many baskets the household bought an item.
     *
     * @param item the item id
     * @return the number of baskets holding it
     */
    public int timesBought(String item) {
        return baskets.getOrDefault(item, 0);
    }

    /**
     * The day the household most likely shops next: its last shopping day plus its median gap between shopping days.
     *
     * @return the day, or empty with fewer than two dated baskets on different days
     */
    public Optional<LocalDate> nextShoppingDay() {
        return medianGap(shoppingDays).map(gap -> shoppingDays.last().plusDays(gap));
    }

    /**
     * The day of the week the household shops on most often; of equally frequent days, the earliest in the week.
     *
     * @return the day, or empty when no basket is dated
     */
    public Optional<DayOfWeek> usualShoppingDay() {
        Map<DayOfWeek, Long> counts = new EnumMap<>(DayOfWeek.class);
        shoppingDays.forEach(day -> counts.merge(day.getDayOfWeek(), 1L, Long::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<DayOfWeek, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    private static Optional<Long> medianGap(TreeSet<LocalDate> sorted) {
        if (sorted.size() < 2) {
            return Optional.empty();
        }
        List<LocalDate> list = new ArrayList<>(sorted);
        long[] gaps = new long[list.size() - 1];
        for (int i = 1; i < list.size(); i++) {
            gaps[i - 1] = ChronoUnit.DAYS.between(list.get(i - 1), list.get(i));
        }
        Arrays.sort(gaps);
        return Optional.of(Math.round((gaps[(gaps.length - 1) / 2] + gaps[gaps.length / 2]) / 2.0));
    }
}
