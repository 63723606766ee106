package dev.korzina.nlu.eval;

/**
 * The measures of one language, or of all.
 *
 * @param utterances how many utterances
 * @param intentCorrect how many got the right intent
 * @param strict true positives, false positives and false negatives of items matched on product, quantity and unit
 * @param loose the same on product alone
 * @param orderRefs utterances where an order number matters
 * @param orderRefsCorrect of those, how many got it right
 */
public record Scores(
        int utterances, int intentCorrect, Counts strict, Counts loose, int orderRefs, int orderRefsCorrect) {

    /**
     * Item counts.
     *
     * @param truePositives items predicted and right
     * @param falsePositives items predicted but wrong
     * @param falseNegatives right items not predicted
     */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        Counts plus(Counts other) {
            return new Counts(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        /** Precision, 0 when nothing was predicted. */
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        /** Recall, 0 when nothing was expected. */
        public double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 0 : (double) truePositives / expected;
        }

        /** F1, the harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static final Scores NONE = new Scores(0, 0, new Counts(0, 0, 0), new Counts(0, 0, 0), 0, 0);

    Scores plus(Scores other) {
        return new Scores(
                utterances + other.utterances,
                intentCorrect + other.intentCorrect,
                strict.plus(other.strict),
                loose.plus(other.loose),
                orderRefs + other.orderRefs,
                orderRefsCorrect + other.orderRefsCorrect);
    }

    /** Share of utterances with the right intent. */
    public double intentAccuracy() {
        return utterances == 0 ? 0 : (double) intentCorrect / utterances;
    }

    /** One line: {@code intent_acc=… item_f1=… item_f1_loose=… order_ref_acc=… n=…}. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "intent_acc=%.3f item_p=%.3f item_r=%.3f item_f1=%.3f item_f1_loose=%.3f order_ref_acc=%s n=%d",
                intentAccuracy(),
                strict.precision(),
                strict.recall(),
                strict.f1(),
                loose.f1(),
                orderRefs == 0
                        ? "n/a"
                        : String.format(java.util.Locale.ROOT, "%.3f", (double) orderRefsCorrect / orderRefs),
                utterances);
    }
}
