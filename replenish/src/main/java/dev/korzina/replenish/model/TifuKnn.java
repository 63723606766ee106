package dev.korzina.replenish.model;

import dev.korzina.replenish.History;
import dev.korzina.replenish.NextBasketModel;
import dev.korzina.replenish.Predictor;
import java.util.List;

/**
 * TIFU-KNN (Hu, He, Gao, Zhang, "Modeling Personalized Item Frequency Information for Next-basket Recommendation",
 * SIGIR 2020). Each household becomes a time-decayed item-frequency vector: its baskets are split into at most
 * {@code groups} consecutive groups, a basket {@code j} places before the last weighs {@code withinDecay^j}, a group
 * {@code g} places before the last weighs {@code groupDecay^g} and is averaged over its baskets. The prediction blends
 * the household's own vector ({@code alpha}) with the mean vector of its {@code neighbours} most cosine-similar other
 * households ({@code 1 - alpha}), then fills up with globally popular items.
 */
public final class TifuKnn implements NextBasketModel {

    private final String name;
    private final Parameters parameters;

    /**
     * A TIFU-KNN with the given parameters.
     *
     * @param name the method's name
     * @param parameters the parameters
     */
    public TifuKnn(String name, Parameters parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The parameters this model uses.
     *
     * @return the parameters
     */
    public Parameters parameters() {
        return parameters;
    }

    @Override
    public Predictor fit(List<History> histories) {
        return TifuKnnPredictor.fit(histories, parameters);
    }

    /**
     * TIFU-KNN's parameters.
     *
     * @param groups the number of groups the baskets are split into ({@code m} in the paper)
     * @param withinDecay the decay per basket ({@code r_b}), in (0, 1]
     * @param groupDecay the decay per group ({@code r_g}), in (0, 1]
     * @param neighbours how many similar households are averaged ({@code k})
     * @param alpha the weight of the household's own vector against its neighbours', in [0, 1]
     */
    public record Parameters(int groups, double withinDecay, double groupDecay, int neighbours, double alpha) {

        /** The paper's values for Ta-Feng: m = 7, r_b = 0.9, r_g = 0.7, k = 300, alpha = 0.7. */
        public static final Parameters PAPER_TAFENG = new Parameters(7, 0.9, 0.7, 300, 0.7);

        /** Checks every value, naming the one out of range. */
        public Parameters {
            require(groups >= 1, "groups must be at least 1, not " + groups);
            require(withinDecay > 0 && withinDecay <= 1, "withinDecay must be in (0, 1], not " + withinDecay);
            require(groupDecay > 0 && groupDecay <= 1, "groupDecay must be in (0, 1], not " + groupDecay);
            require(neighbours >= 0, "neighbours must not be negative, not " + neighbours);
            require(alpha >= 0 && alpha <= 1, "alpha must be in [0, 1], not " + alpha);
        }

        private static void require(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
