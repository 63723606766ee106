package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-ranks Lucene's hits and gives them a confidence: the text score is weighed by how much of the query a
 * product covers and, a little, by how many words it has that the query does not ask for and by whether it spells the
 * query's words the same way, then nudged by popularity (a tie-breaker) and by what the household buys (its products and
 * brands win). Hits covering too little of the query are dropped, so a query with no good match finds nothing.
 */
final class Ranking {

    /** Below this share of the query matched a hit is not an answer. */
    static final double MIN_COVERAGE = 0.5;

    private static final double COVERAGE_FLOOR = 0.3;
    private static final double UNASKED_WORD_PENALTY = 0.03;
    private static final double SAME_SPELLING_BONUS = 0.01;
    private static final double QUERY_HEAD_WEIGHT = 0.4;
    private static final double OTHER_HEAD_WEIGHT = 0.1;
    private static final double POPULARITY_WEIGHT = 0.05;
    private static final double BOUGHT_WEIGHT = 0.6;
    private static final double BRAND_WEIGHT = 0.2;
    private static final double SEPARATION_SCALE = 4;
    private static final double TIED_CONFIDENCE = 0.4;
    /** A product that only mentions the query's words ("Long Hammer IPA Beer" for "hammer") is never a sure answer. */
    private static final double UNTYPED_CONFIDENCE = 0.5;

    private static final double RUNNER_UP_SHARE = 0.5;

    private final IndexSnapshot snapshot;
    private final Map<String, Integer> purchases;
    private final Map<String, Integer> brandPurchases = new HashMap<>();
    private final int mostBought;
    private final int mostBoughtBrand;

    Ranking(IndexSnapshot snapshot, Map<String, Integer> purchases) {
        this.snapshot = snapshot;
        this.purchases = purchases;
        if (!purchases.isEmpty()) {
            purchases.forEach((id, count) -> snapshot.ordinalOf(id)
                    .flatMap(ordinal -> snapshot.product(ordinal).brand())
                    .ifPresent(brand -> brandPurchases.merge(brand, count, Integer::sum)));
        }
        this.mostBought = most(purchases.values());
        this.mostBoughtBrand = most(brandPurchases.values());
    }

    /** The largest count, 0 for none; most searches have no purchase history, so no stream is set up for it. */
    private static int most(Collection<Integer> counts) {
        return counts.isEmpty() ? 0 : Collections.max(counts);
    }

    /** A Lucene hit: the product's ordinal and its text score. */
    record Hit(int ordinal, double textScore) {}

    /** A hit with its coverage and final score. */
    record Scored(int ordinal, double coverage, double score, boolean typeMatched) {}

    /**
     * Scores hits against the query and keeps those covering enough of it, best first.
     *
     * @param hits Lucene's hits
     * @param slots the analysed query
     * @return the kept hits, best first
     */
    List<Scored> rank(List<Hit> hits, List<Slot> slots) {
        List<Scored> scored = new ArrayList<>(hits.size());
        int queryHead = queryHead(slots);
        // many candidates share a type word ("milk"): judge each type word once
        Map<String, Double> headBoosts = new HashMap<>();
        Set<String> ownKeys = new HashSet<>();
        Set<String> asked = new HashSet<>();
        for (Slot slot : slots) {
            slot.own().forEach(word -> ownKeys.add(word.key()));
            for (Alternative alternative : slot.alternatives()) {
                alternative.words().forEach(word -> asked.add(word.stem()));
            }
        }
        for (Hit hit : hits) {
            int ordinal = hit.ordinal();
            ProductTerms terms = snapshot.terms(ordinal);
            double coverage = terms.coverage(slots);
            if (coverage >= MIN_COVERAGE) {
                double headBoost = headBoosts.computeIfAbsent(terms.head(), head -> headBoost(terms, slots, queryHead));
                double score = hit.textScore()
                        * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage * coverage)
                        * headBoost
                        / (1 + UNASKED_WORD_PENALTY * terms.unaskedWords(asked))
                        * (1 + SAME_SPELLING_BONUS * terms.sameSpellings(ownKeys))
                        * boost(ordinal);
                scored.add(new Scored(ordinal, coverage, score, headBoost > 1));
            }
        }
        scored.sort(this::bestFirst);
        return scored;
    }

    /**
     * The higher score first; equal scores: the plainer name first ("Батон нарезной" before "Батон с изюмом"), then
     * catalog order. One method rather than a chain of comparators, as it runs for every pair the sort compares.
     */
    private int bestFirst(Scored a, Scored b) {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int byWords = Integer.compare(snapshot.nameWords(a.ordinal()), snapshot.nameWords(b.ordinal()));
        return byWords != 0 ? byWords : Integer.compare(a.ordinal(), b.ordinal());
    }

    /**
     * The slot naming the product type: the first word of a Russian query ("творог для сырников"), the last word
     * of an English one ("whole milk"), skipping numbers and units.
     */
    private static int queryHead(List<Slot> slots) {
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).weight() == 1.0) {
                words.add(i);
            }
        }
        if (words.isEmpty()) {
            return -1;
        }
        boolean latin = slots.get(words.get(0)).own().get(0).latin();
        return latin ? words.get(words.size() - 1) : words.get(0);
    }

    /** Products whose type word is the query's type word win over products that merely mention it. */
    private static double headBoost(ProductTerms terms, List<Slot> slots, int queryHead) {
        double boost = 1;
        for (int i = 0; i < slots.size(); i++) {
            double match = terms.headMatch(slots.get(i));
            if (match > 0) {
                boost = Math.max(boost, 1 + (i == queryHead ? QUERY_HEAD_WEIGHT : OTHER_HEAD_WEIGHT) * match);
            }
        }
        return boost;
    }

    private double boost(int ordinal) {
        double boost = 1 + POPULARITY_WEIGHT * snapshot.popularity(ordinal);
        if (purchases.isEmpty()) {
            return boost;
        }
        String id = snapshot.product(ordinal).id();
        int bought = purchases.getOrDefault(id, 0);
        if (bought > 0) {
            boost *= 1 + BOUGHT_WEIGHT * Math.log1p(bought) / Math.log1p(mostBought);
        }
        int brandBought = snapshot.product(ordinal)
                .brand()
                .map(brand -> brandPurchases.getOrDefault(brand, 0))
                .orElse(0);
        if (brandBought > 0) {
            boost *= 1 + BRAND_WEIGHT * Math.log1p(brandBought) / Math.log1p(mostBoughtBrand);
        }
        return boost;
    }

    /**
     * The confidence of the hit at {@code rank}: the square of the best hit's coverage, lowered when its type word is none of the
     * query's words, and when the next hit scores about the same (the shopper should then be asked); a later hit is at most as sure as the best one and at most half as
     * sure as its share of the best score.
     */
    static double confidence(List<Scored> ranked, int rank) {
        Scored hit = ranked.get(rank);
        double best = ranked.get(0).score();
        double top = topConfidence(ranked);
        return rank == 0 ? top : Math.min(top, clamp(hit.coverage() * RUNNER_UP_SHARE * hit.score() / best));
    }

    private static double topConfidence(List<Scored> ranked) {
        Scored first = ranked.get(0);
        double separation = ranked.size() == 1
                ? 1
                : clamp(SEPARATION_SCALE * (first.score() - ranked.get(1).score()) / first.score());
        double typed = first.typeMatched() ? 1 : UNTYPED_CONFIDENCE;
        // a query only half covered ("unicorn steak" → Стейк) is far less sure than half: squared
        return clamp(
                first.coverage() * first.coverage() * typed * (TIED_CONFIDENCE + (1 - TIED_CONFIDENCE) * separation));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
