package dev.korzina.skills;

import dev.korzina.catalog.Product;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds a catalog product by its id: the replenishment skill maps predicted item ids to products with it. */
@FunctionalInterface
public interface ProductCatalog {

    /**
     * The product with an id.
     *
     * @param productId the id
     * @return the product, or empty when the catalog no longer has it
     */
    Optional<Product> product(String productId);

    /**
     * A catalog over products held in memory.
     *
     * @param products the products
     * @return the catalog
     */
    static ProductCatalog of(Collection<Product> products) {
        Map<String, Product> byId =
                products.stream().collect(Collectors.toUnmodifiableMap(Product::id, Function.identity(), (a, b) -> a));
        return id -> Optional.ofNullable(byId.get(id));
    }
}
