package dev.korzina.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A household's cart at one version, as {@code GET /api/carts/{id}} returns it.
 *
 * @param id the cart's id
 * @param version incremented by every change; the {@code ETag}
 * @param lines the products in the cart, oldest first
 * @param total the sum of quantity × price over lines with a price
 * @param currency the currency of prices and total
 * @param updatedAt when the cart last changed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cart(
        String id,
        long version,
        List<CartLine> lines,
        BigDecimal total,
        String currency,
        @JsonProperty("updated_at") Instant updatedAt) {

    /** Copies the lines. */
    public Cart {
        Objects.requireNonNull(id, "id");
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * The line of a product, if the cart has one.
     *
     * @param productId the product's id
     * @return its line
     */
    public Optional<CartLine> line(String productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }
}
