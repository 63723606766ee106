package dev.korzina.skills;

import dev.korzina.cart.CartLine;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.search.CatalogSearch;
import dev.korzina.nlu.Language;

/**
 * The name a product goes by in the user's language: in English its English name where the catalog has one, else the
 * shelf name (which cart lines keep).
 */
final class ProductNames {

    private final CatalogSearch catalog;

    ProductNames(CatalogSearch catalog) {
        this.catalog = catalog;
    }

    /** The name of a catalog product in a language. */
    static String of(Product product, Language language) {
        return language == Language.EN ? product.nameEn().orElse(product.name()) : product.name();
    }

    /** The name of a cart line's product in a language. */
    String of(CartLine line, Language language) {
        return language == Language.EN
                ? catalog.product(line.productId()).flatMap(Product::nameEn).orElse(line.name())
                : line.name();
    }
}
