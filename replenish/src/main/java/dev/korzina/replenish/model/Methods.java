package dev.korzina.replenish.model;

import dev.korzina.replenish.NextBasketModel;
import java.util.List;
import java.util.Optional;

/** The next-basket methods by name, and the default one: the best of our evaluation. */
public final class Methods {

    /**
     * TIFU-KNN's parameters chosen on a validation split (each household's last history basket held out) of Ta-Feng and
     * both dunnhumby files: 3 groups, no decay within them, 0.7 between them, 300 neighbours, and a neighbour weight
     * of 0.7 (alpha = 0.3). See README, "Replenishment".
     */
    public static final TifuKnn.Parameters TUNED = new TifuKnn.Parameters(3, 1.0, 0.7, 300, 0.3);

    /**
     * The repeat-cycle bonus on top of the tuned TIFU-KNN. It gains 1-2 % Recall@10 on dunnhumby validation and
     * nothing on the test files, so it is offered as {@code tifu-knn-cycle} but is not the default.
     */
    public static final double CYCLE_WEIGHT = 0.1;

    private Methods() {}

    /**
     * Every method, baselines first, the default last.
     *
     * @return the methods
     */
    public static List<NextBasketModel> all() {
        return List.of(
                new GlobalTopFrequency(),
                new PersonalTopFrequency(),
                new PersonalGlobalTopFrequency(),
                new TifuKnn("tifu-knn-paper", TifuKnn.Parameters.PAPER_TAFENG),
                new RepeatCycle(best(), CYCLE_WEIGHT),
                best());
    }

    /**
     * The method {@code replenish predict} uses unless told otherwise.
     *
     * @return the best method
     */
    public static NextBasketModel best() {
        return new TifuKnn("tifu-knn", TUNED);
    }

    /**
     * The method with a name.
     *
     * @param name a name from {@link #all()}
     * @return the method, or empty for an unknown name
     */
    public static Optional<NextBasketModel> named(String name) {
        return all().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /**
     * The names {@link #named} accepts.
     *
     * @return the names
     */
    public static List<String> names() {
        return all().stream().map(NextBasketModel::name).distinct().toList();
    }
}
