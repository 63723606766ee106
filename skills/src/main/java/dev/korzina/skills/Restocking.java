package dev.korzina.skills;

import dev.korzina.catalog.Product;
import dev.korzina.replenish.Replenishment;
import dev.korzina.replenish.Suggestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the replenishment skill and the weekly basket need: the predictions, the catalog they are mapped to, and
 * the households' weekly offer settings.
 *
 * @param replenishment predicts a household's next basket
 * @param catalog maps predicted item ids (product ids) to products
 * @param offers the weekly offers sent and refused
 */
public record Restocking(Replenishment replenishment, ProductCatalog catalog, WeeklyOffers offers) {

    /** Asks the model for this many items, so that some may be skipped (not in the catalog, in the cart). */
    private static final int ASKED = 30;

    /** Checks the values. */
    public Restocking {
        Objects.requireNonNull(replenishment, "replenishment");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(offers, "offers");
    }

    /**
     * Replenishment that knows no household: the skill says it does not know the purchases yet.
     *
     * @return the setup
     */
    public static Restocking none() {
        return new Restocking((household, k, asOf) -> List.of(), id -> Optional.empty(), new InMemoryWeeklyOffers());
    }

    /**
     * The products a household most likely needs next.
     *
     * @param householdId the household
     * @param day the day of the suggestion
     * @param skip products not to suggest (already in the cart)
     * @param limit at most this many
     * @return the picks, and whether the household has bought anything the model knows of
     */
    Suggested suggest(String householdId, LocalDate day, Predicate<String> skip, int limit) {
        List<Suggestion> suggestions = replenishment.suggest(householdId, ASKED, day);
        List<Pick> picks = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            if (picks.size() < limit && !skip.test(suggestion.itemId())) {
                catalog.product(suggestion.itemId()).ifPresent(p -> picks.add(new Pick(p, suggestion)));
            }
        }
        return new Suggested(suggestions.stream().anyMatch(s -> s.timesBought() > 0), picks);
    }

    /**
     * The products suggested to a household.
     *
     * @param knowsHousehold whether the household has a purchase history the suggestions come from
     * @param picks the products, most likely first
     */
    record Suggested(boolean knowsHousehold, List<Pick> picks) {}

    /**
     * A suggested product.
     *
     * @param product the catalog product
     * @param suggestion why: the household's usual interval, how often it bought it
     */
    record Pick(Product product, Suggestion suggestion) {}
}
