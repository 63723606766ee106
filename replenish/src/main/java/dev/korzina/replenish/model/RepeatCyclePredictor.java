package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.Predictor;
import dev.korzina.replenish.PurchaseIntervals;
import dev.korzina.replenish.ScoredItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fitted {@link RepeatCycle}: re-ranks the base predictor's candidates by how due each item is. */
final class RepeatCyclePredictor implements Predictor {

    /** The base ranks this many times k candidates, so that a due item below the first k can move up. */
    private static final int CANDIDATES_PER_SLOT = 3;

    private final Predictor base;
    private final double weight;

    RepeatCyclePredictor(Predictor base, double weight) {
        this.base = base;
        this.weight = weight;
    }

    @Override
    public List<ScoredItem> predict(History history, int k) {
        return predict(history, k, Optional.empty());
    }

    @Override
    public List<ScoredItem> predict(History history, int k, Optional<LocalDate> asOf) {
        History known = asOf.map(history::asOf).orElse(history);
        List<ScoredItem> candidates = base.predict(known, k * CANDIDATES_PER_SLOT);
        PurchaseIntervals intervals = PurchaseIntervals.of(known);
        Optional<LocalDate> day = asOf.or(intervals::nextShoppingDay);
        if (day.isEmpty() || candidates.isEmpty()) {
            return candidates.subList(0, Math.min(k, candidates.size()));
        }
        double top = candidates.getFirst().score();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (ScoredItem candidate : candidates) {
            scores.put(
                    candidate.item(), candidate.score() + weight * top * due(intervals, candidate.item(), day.get()));
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(k)
                .map(e -> new ScoredItem(e.getKey(), e.getValue()))
                .toList();
    }

    /** 1 when the item's usual interval has passed exactly on {@code day}, falling off on a log scale either side. */
    static double due(PurchaseIntervals intervals, String item, LocalDate day) {
        Optional<Long> interval = intervals.usual(item).map(d -> Math.max(1, d.toDays()));
        Optional<LocalDate> last = intervals.lastPurchase(item);
        if (interval.isEmpty() || last.isEmpty()) {
            return 0;
        }
        long since = ChronoUnit.DAYS.between(last.get(), day);
        if (since <= 0) {
            return 0;
        }
        double ratio = Math.log((double) since / interval.get());
        return Math.exp(-ratio * ratio / 0.5);
    }
}
