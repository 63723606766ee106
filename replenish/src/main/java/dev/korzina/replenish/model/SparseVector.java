package dev.korzina.replenish.model;

import java.util.Arrays;
import java.util.Map;

/**
 * A sparse vector over item ids: parallel arrays of ids and their non-zero values.
 *
 * @param ids the item ids
 * @param values the values, one per id
 */
record SparseVector(int[] ids, double[] values) {

    /**
     * Keeps the weights of the items that have an id; the others are dropped.
     *
     * @param weights item to weight
     * @param itemIds item to id
     * @return the vector
     */
    static SparseVector of(Map<String, Double> weights, Map<String, Integer> itemIds) {
        int[] ids = new int[weights.size()];
        double[] values = new double[weights.size()];
        int n = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            Integer id = itemIds.get(e.getKey());
            if (id != null) {
                ids[n] = id;
                values[n++] = e.getValue();
            }
        }
        return new SparseVector(Arrays.copyOf(ids, n), Arrays.copyOf(values, n));
    }

    /** The Euclidean norm. */
    double norm() {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
