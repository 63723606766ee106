package dev.korzina.replenish;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dialog engine asks when a household wants to restock ("что купить на неделю"): the items its next basket
 * most likely holds, each with what explains it.
 */
public interface Replenishment {

    /**
     * Suggests the household's next basket as of a day.
     *
     * @param household the household id; one without purchases gets what is popular
     * @param k how many items at most
     * @param asOf the day of the suggestion; purchases dated later are ignored
     * @return at most {@code k} suggestions, most likely first
     */
    List<Suggestion> suggest(String household, int k, LocalDate asOf);
}
