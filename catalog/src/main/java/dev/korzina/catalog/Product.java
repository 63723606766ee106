package dev.korzina.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One product of the store's catalog.
 *
 * @param id the store's product id, unique in the catalog
 * @param name the shelf name, in the catalog's language ("Молоко Простоквашино 2,5% 930 мл")
 * @param nameEn an English name, where the catalog gives one
 * @param brand the brand
 * @param category the store's category
 * @param price the price in the store's currency, per item or per {@code unit} for goods sold by weight
 * @param unit the unit of {@code size}
 * @param size the pack size in {@code unit}s (930 for a 930 ml carton); empty for goods sold by weight
 * @param popularity how often the product is bought, larger is more popular; 0 when unknown
 */
public record Product(
        String id,
        String name,
        Optional<String> nameEn,
        Optional<String> brand,
        Optional<String> category,
        Optional<BigDecimal> price,
        Optional<SizeUnit> unit,
        Optional<BigDecimal> size,
        double popularity) {

    /** Checks that every required value is present. */
    public Product {
        requireText(id, "id");
        requireText(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(size, "size");
        if (price.filter(p -> p.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("price must not be negative");
        }
        if (size.filter(s -> s.signum() <= 0).isPresent()) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /**
     * A product known by its id and name alone: no brand, category, price or size, no popularity.
     *
     * @param id the store's id
     * @param name the shelf name
     * @return the product
     */
    public static Product of(String id, String name) {
        return new Product(
                id,
                name,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
