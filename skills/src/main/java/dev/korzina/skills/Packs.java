package dev.korzina.skills;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.SizeUnit;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns an amount the user said into a cart quantity of a product: whole packs for packed goods ("молоко 2 литра"
 * with 1 l cartons → 2; "200 г масла" with a 180 g pack → 1), kilograms for goods sold by weight.
 */
final class Packs {

    /** A cart line holds at most this many. */
    static final BigDecimal MAX = BigDecimal.valueOf(99);

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Packs() {}

    /**
     * Whether a product is sold by weight: priced per kilogram, without a pack size.
     *
     * @param product the product
     * @return true for loose goods
     */
    static boolean byWeight(Product product) {
        return product.size().isEmpty()
                && product.unit().filter(u -> u == SizeUnit.KG).isPresent();
    }

    /**
     * The cart quantity for an item.
     *
     * @param item what the user said
     * @param product the product chosen for it
     * @return packs (a whole number, 1 to 99) or kilograms for goods sold by weight
     */
    static BigDecimal quantity(Item item, Product product) {
        if (byWeight(product)) {
            BigDecimal kg = item.unit() == Unit.G ? item.quantity().divide(THOUSAND) : item.quantity();
            return kg.min(MAX).stripTrailingZeros();
        }
        BigDecimal packs =
                measured(item, product).or(() -> counted(item, product)).orElseGet(() -> unmatched(item));
        return packs.max(BigDecimal.ONE).min(MAX);
    }

    /**
     * Packs for an amount the product's pack size cannot translate: grams or millilitres of a product of unknown
     * size are one pack ("2 pounds of ground beef" is not 908 packs); kilograms, litres and pieces are counted.
     */
    private static BigDecimal unmatched(Item item) {
        if (item.unit() == Unit.G || item.unit() == Unit.ML) {
            return BigDecimal.ONE;
        }
        return item.quantity().setScale(0, RoundingMode.CEILING);
    }

    private static Optional<BigDecimal> measured(Item item, Product product) {
        return base(item.quantity(), item.unit())
                .flatMap(amount -> packSize(product)
                        .filter(size -> size.dimension() == amount.dimension())
                        .map(size -> amount.value().divide(size.value(), 0, RoundingMode.HALF_UP)));
    }

    /** Pieces of a product sold in packs of several ("десяток яиц" with packs of ten → 1 pack). */
    private static Optional<BigDecimal> counted(Item item, Product product) {
        if (item.unit() != Unit.PCS
                || product.unit().filter(u -> u == SizeUnit.PCS).isEmpty()) {
            return Optional.empty();
        }
        return product.size()
                .filter(size ->
                        size.compareTo(BigDecimal.ONE) > 0 && item.quantity().compareTo(size) >= 0)
                .map(size -> item.quantity().divide(size, 0, RoundingMode.HALF_UP));
    }

    /**
     * How badly a product's pack size fits an amount the user said: 0 when the amount is a whole number of packs
     * ("2 литра" and 1 l cartons) or a weight of goods sold by weight, up to 0.5 when it falls halfway between;
     * empty when the item names no amount in the pack's dimension.
     *
     * @param item what the user said
     * @param product a candidate product
     * @return the misfit
     */
    static Optional<Double> misfit(Item item, Product product) {
        if (byWeight(product) && (item.unit() == Unit.G || item.unit() == Unit.KG)) {
            return Optional.of(0.0);
        }
        return base(item.quantity(), item.unit())
                .flatMap(amount -> packSize(product)
                        .filter(size -> size.dimension() == amount.dimension())
                        .map(size -> {
                            double packs =
                                    amount.value().doubleValue() / size.value().doubleValue();
                            return Math.abs(packs - Math.max(1, Math.round(packs))) / Math.max(1, Math.round(packs));
                        }));
    }

    private static Optional<Amount> packSize(Product product) {
        return product.size()
                .flatMap(size -> product.unit().flatMap(unit -> switch (unit) {
                    case G -> Optional.of(new Amount(size, 'g'));
                    case KG -> Optional.of(new Amount(size.multiply(THOUSAND), 'g'));
                    case ML -> Optional.of(new Amount(size, 'v'));
                    case L -> Optional.of(new Amount(size.multiply(THOUSAND), 'v'));
                    default -> Optional.empty();
                }));
    }

    private static Optional<Amount> base(BigDecimal quantity, Unit unit) {
        return switch (unit) {
            case G -> Optional.of(new Amount(quantity, 'g'));
            case KG -> Optional.of(new Amount(quantity.multiply(THOUSAND), 'g'));
            case ML -> Optional.of(new Amount(quantity, 'v'));
            case L -> Optional.of(new Amount(quantity.multiply(THOUSAND), 'v'));
            case PCS, PACK -> Optional.empty();
        };
    }

    /** An amount in grams ({@code 'g'}) or millilitres ({@code 'v'}). */
    private record Amount(BigDecimal value, char dimension) {}
}
