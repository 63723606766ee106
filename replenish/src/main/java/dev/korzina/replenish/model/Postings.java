package dev.korzina.replenish.model;

/**
 * The households holding one item and their weight for it: one row of the inverted index.
 *
 * @param users the household positions
 * @param values their weights for the item
 */
record Postings(int[] users, double[] values) {

    /**
     * Inverts household vectors into one posting list per item.
     *
     * @param vectors the households' vectors, by position
     * @param items the number of item ids
     * @return the postings, by item id
     */
    static Postings[] invert(SparseVector[] vectors, int items) {
        int[] lengths = new int[items];
        for (SparseVector v : vectors) {
            for (int id : v.ids()) {
                lengths[id]++;
            }
        }
        Postings[] postings = new Postings[items];
        for (int id = 0; id < items; id++) {
            postings[id] = new Postings(new int[lengths[id]], new double[lengths[id]]);
        }
        int[] filled = new int[items];
        for (int u = 0; u < vectors.length; u++) {
            SparseVector v = vectors[u];
            for (int j = 0; j < v.ids().length; j++) {
                int id = v.ids()[j];
                postings[id].users()[filled[id]] = u;
                postings[id].values()[filled[id]++] = v.values()[j];
            }
        }
        return postings;
    }
}
