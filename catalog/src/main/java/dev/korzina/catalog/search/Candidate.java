package dev.korzina.catalog.search;

import dev.korzina.catalog.Product;
import java.util.Objects;

/**
 * A product that matches a search.
 *
 * @param product the product
 * @param score the ranking score, larger is better; comparable only within one search
 * @param confidence how sure the search is that this is the product meant, in [0, 1]: low when the words match
 *     only partly or when other candidates match about as well (the dialog engine then asks which one)
 */
public record Candidate(Product product, double score, double confidence) {

    /** Checks the values. */
    public Candidate {
        Objects.requireNonNull(product, "product");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
    }
}
