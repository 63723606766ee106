package dev.korzina.replenish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Purchase histories held in memory, e.g. read from a history file; a later history of a household replaces it. */
public final class InMemoryPurchaseHistory implements PurchaseHistory {

    private final Map<String, History> histories = new LinkedHashMap<>();

    /**
     * Holds the given histories.
     *
     * @param histories the households' histories
     */
    public InMemoryPurchaseHistory(List<History> histories) {
        histories.forEach(h -> this.histories.put(h.user(), h));
    }

    @Override
    public Optional<History> of(String household) {
        return Optional.ofNullable(histories.get(household));
    }

    @Override
    public List<History> all() {
        return List.copyOf(histories.values());
    }
}
