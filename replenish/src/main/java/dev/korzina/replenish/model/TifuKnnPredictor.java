package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.Predictor;
import dev.korzina.replenish.ScoredItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fitted TIFU-KNN: every household's vector, kept sparse, and an inverted index from item to the households holding
 * it, so that a query touches only households sharing an item with it.
 */
final class TifuKnnPredictor implements Predictor {

    private final TifuKnn.Parameters parameters;
    private final GlobalPopularity popularity;
    /** Item ids are the items' places in the popularity ranking. */
    private final Map<String, Integer> itemIds;

    private final String[] items;
    private final Map<String, Integer> userIds;
    private final SparseVector[] users;
    private final double[] userNorms;
    private final Postings[] postings;

    private TifuKnnPredictor(
            TifuKnn.Parameters parameters,
            GlobalPopularity popularity,
            Map<String, Integer> itemIds,
            Map<String, Integer> userIds,
            SparseVector[] users) {
        this.parameters = parameters;
        this.popularity = popularity;
        this.itemIds = itemIds;
        this.userIds = userIds;
        this.users = users;
        this.items = new String[itemIds.size()];
        itemIds.forEach((item, id) -> items[id] = item);
        this.userNorms = Arrays.stream(users).mapToDouble(SparseVector::norm).toArray();
        this.postings = Postings.invert(users, items.length);
    }

    /**
     * Computes every household's vector and indexes them.
     *
     * @param histories the households
     * @param parameters TIFU-KNN's parameters
     * @return the fitted predictor
     */
    static TifuKnnPredictor fit(List<History> histories, TifuKnn.Parameters parameters) {
        GlobalPopularity popularity = GlobalPopularity.of(histories);
        Map<String, Integer> itemIds = new HashMap<>();
        popularity.ranking().forEach(s -> itemIds.put(s.item(), itemIds.size()));
        Map<String, Integer> userIds = new HashMap<>();
        SparseVector[] users = new SparseVector[histories.size()];
        for (int u = 0; u < users.length; u++) {
            History history = histories.get(u);
            userIds.putIfAbsent(history.user(), u);
            users[u] = SparseVector.of(TifuVector.of(history, parameters), itemIds);
        }
        return new TifuKnnPredictor(parameters, popularity, itemIds, userIds, users);
    }

    @Override
    public List<ScoredItem> predict(History history, int k) {
        Map<String, Double> own = TifuVector.of(history, parameters);
        double[] scores = new double[items.length];
        IntList touched = neighbourMean(SparseVector.of(own, itemIds), history.user(), scores);
        List<ScoredItem> unknown = new ArrayList<>();
        double alpha = parameters.alpha();
        own.forEach((item, weight) -> {
            Integer id = itemIds.get(item);
            if (id == null) {
                unknown.add(new ScoredItem(item, alpha * weight));
            } else {
                if (scores[id] == 0) {
                    touched.add(id);
                }
                scores[id] += alpha * weight;
            }
        });
        TopK best = new TopK(k);
        for (int i = 0; i < touched.size(); i++) {
            best.offer(touched.get(i), scores[touched.get(i)]);
        }
        List<ScoredItem> ranked = new ArrayList<>(unknown);
        for (int id : best.best()) {
            ranked.add(new ScoredItem(items[id], scores[id]));
        }
        // stable: among equal scores, items unknown at fitting time first, then by popularity (the id order)
        ranked.sort(Comparator.comparingDouble(ScoredItem::score).reversed());
        return popularity.fill(ranked, k);
    }

    /**
     * Adds {@code (1 - alpha)} times the mean vector of the most similar other households into {@code scores}.
     *
     * @return the item ids whose score became non-zero
     */
    private IntList neighbourMean(SparseVector query, String user, double[] scores) {
        IntList touched = new IntList();
        int[] neighbours = nearest(query, userIds.getOrDefault(user, -1));
        if (neighbours.length == 0) {
            return touched;
        }
        double weight = (1 - parameters.alpha()) / neighbours.length;
        for (int u : neighbours) {
            SparseVector v = users[u];
            for (int j = 0; j < v.ids().length; j++) {
                int id = v.ids()[j];
                if (scores[id] == 0) {
                    touched.add(id);
                }
                scores[id] += weight * v.values()[j];
            }
        }
        return touched;
    }

    /** The households most cosine-similar to the query, best first, ties by position; never {@code self}. */
    private int[] nearest(SparseVector query, int self) {
        if (parameters.neighbours() == 0 || query.ids().length == 0) {
            return new int[0];
        }
        double[] dots = new double[users.length];
        IntList candidates = new IntList();
        for (int j = 0; j < query.ids().length; j++) {
            Postings p = postings[query.ids()[j]];
            double q = query.values()[j];
            for (int i = 0; i < p.users().length; i++) {
                int u = p.users()[i];
                if (dots[u] == 0) {
                    candidates.add(u);
                }
                dots[u] += q * p.values()[i];
            }
        }
        TopK best = new TopK(parameters.neighbours());
        for (int i = 0; i < candidates.size(); i++) {
            int u = candidates.get(i);
            if (u != self) {
                best.offer(u, dots[u] / userNorms[u]);
            }
        }
        return best.best();
    }
}
