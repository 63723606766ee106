package dev.korzina.catalog;

import java.util.List;

/** Where the catalog's products are kept between runs. */
public interface ProductStore {

    /**
     * Replaces the whole catalog with the given products in one step: readers see either the old
     * catalog or the new one, never a mix.
     *
     * @param products the new catalog, ids unique
     */
    void replaceAll(List<Product> products);

    /** All products, ordered by id. */
    List<Product> findAll();

    /** How many products the catalog holds. */
    long count();
}
