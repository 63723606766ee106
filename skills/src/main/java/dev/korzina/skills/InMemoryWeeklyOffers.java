package dev.korzina.skills;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Weekly offers remembered only while the process runs: for an engine without a database, and for tests. */
public final class InMemoryWeeklyOffers implements WeeklyOffers {

    private final Map<String, LocalDate> offered = new ConcurrentHashMap<>();
    private final Set<String> optedOut = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<LocalDate> lastOffered(String householdId) {
        return Optional.ofNullable(offered.get(householdId));
    }

    @Override
    public void offered(String householdId, LocalDate day) {
        offered.put(householdId, day);
    }

    @Override
    public boolean optedOut(String householdId) {
        return optedOut.contains(householdId);
    }

    @Override
    public void optOut(String householdId) {
        optedOut.add(householdId);
    }
}
