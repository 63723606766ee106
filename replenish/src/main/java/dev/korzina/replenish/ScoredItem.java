package dev.korzina.replenish;

import java.util.Objects;

/**
 * An item predicted for the next basket with the model's score; higher is more likely.
 *
 * @param item the item id
 * @param score the model's score, only comparable within one prediction
 */
public record ScoredItem(String item, double score) {

    /** Checks the fields. */
    public ScoredItem {
        Objects.requireNonNull(item, "item");
    }
}
