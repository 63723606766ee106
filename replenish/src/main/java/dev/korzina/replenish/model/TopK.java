package dev.korzina.replenish.model;

/**
 * Keeps the {@code k} ids with the highest scores, ties going to the smaller id, in a primitive min-heap: selecting
 * neighbours among thousands of households without sorting them all.
 */
final class TopK {

    private final int[] ids;
    private final double[] scores;
    private int size;

    TopK(int k) {
        this.ids = new int[k];
        this.scores = new double[k];
    }

    private TopK(int[] ids, double[] scores, int size) {
        this.ids = ids;
        this.scores = scores;
        this.size = size;
    }

    /** Offers an id with its score; kept when it beats the worst one kept. */
    void offer(int id, double score) {
        if (ids.length == 0) {
            return;
        }
        if (size < ids.length) {
            ids[size] = id;
            scores[size] = score;
            up(size++);
        } else if (worse(ids[0], scores[0], id, score)) {
            ids[0] = id;
            scores[0] = score;
            down(0);
        }
    }

    /** The ids kept, best first. */
    int[] best() {
        TopK heap = new TopK(ids.clone(), scores.clone(), size);
        int[] result = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            result[i] = heap.removeWorst();
        }
        return result;
    }

    private int removeWorst() {
        int worst = ids[0];
        size--;
        ids[0] = ids[size];
        scores[0] = scores[size];
        down(0);
        return worst;
    }

    /** Whether (a, sa) ranks below (b, sb): a lower score, or the same score and a larger id. */
    private static boolean worse(int a, double sa, int b, double sb) {
        return sa < sb || (sa == sb && a > b);
    }

    private void up(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (!worse(ids[i], scores[i], ids[parent], scores[parent])) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void down(int i) {
        while (true) {
            int left = 2 * i + 1;
            int right = left + 1;
            int worst = i;
            if (left < size && worse(ids[left], scores[left], ids[worst], scores[worst])) {
                worst = left;
            }
            if (right < size && worse(ids[right], scores[right], ids[worst], scores[worst])) {
                worst = right;
            }
            if (worst == i) {
                return;
            }
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        double score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
    }
}
