package dev.korzina.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.SizeUnit;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacksTest {

    @Test
    void litresBecomeWholeCartons() {
        assertThat(Packs.quantity(item("2", Unit.L), product(SizeUnit.L, "1"))).isEqualByComparingTo("2");
        assertThat(Packs.quantity(item("2", Unit.L), product(SizeUnit.ML, "930")))
                .isEqualByComparingTo("2");
    }

    @Test
    void gramsBecomeTheNearestNumberOfPacksButAtLeastOne() {
        assertThat(Packs.quantity(item("200", Unit.G), product(SizeUnit.G, "180")))
                .isEqualByComparingTo("1");
        assertThat(Packs.quantity(item("50", Unit.G), product(SizeUnit.G, "180")))
                .isEqualByComparingTo("1");
        assertThat(Packs.quantity(item("1", Unit.KG), product(SizeUnit.G, "500")))
                .isEqualByComparingTo("2");
    }

    @Test
    void goodsSoldByWeightKeepKilograms() {
        Product potatoes = product(SizeUnit.KG, null);
        assertThat(Packs.quantity(item("500", Unit.G), potatoes)).isEqualByComparingTo("0.5");
        assertThat(Packs.quantity(item("2", Unit.KG), potatoes)).isEqualByComparingTo("2");
    }

    @Test
    void piecesOfAProductPackedByTheDozenBecomePacks() {
        assertThat(Packs.quantity(item("10", Unit.PCS), product(SizeUnit.PCS, "10")))
                .isEqualByComparingTo("1");
        assertThat(Packs.quantity(item("20", Unit.PCS), product(SizeUnit.PCS, "10")))
                .isEqualByComparingTo("2");
        assertThat(Packs.quantity(item("2", Unit.PCS), product(SizeUnit.PCS, "10")))
                .isEqualByComparingTo("2");
    }

    @Test
    void gramsOfAProductOfUnknownSizeAreOnePack() {
        assertThat(Packs.quantity(item("908", Unit.G), product(SizeUnit.PCS, null)))
                .isEqualByComparingTo("1");
    }

    @Test
    void aLineHoldsAtMostNinetyNine() {
        assertThat(Packs.quantity(item("500", Unit.PCS), product(SizeUnit.G, "400")))
                .isEqualByComparingTo("99");
    }

    @Test
    void theMisfitIsZeroForAWholeNumberOfPacksAndEmptyWithoutAnAmount() {
        assertThat(Packs.misfit(item("2", Unit.L), product(SizeUnit.L, "1"))).contains(0.0);
        assertThat(Packs.misfit(item("2", Unit.L), product(SizeUnit.L, "1.4")).orElseThrow())
                .isCloseTo(0.4286, offset(0.001));
        assertThat(Packs.misfit(item("1", Unit.PCS), product(SizeUnit.L, "1"))).isEmpty();
        assertThat(Packs.misfit(item("0.5", Unit.KG), product(SizeUnit.KG, null)))
                .contains(0.0);
    }

    private static Item item(String quantity, Unit unit) {
        return new Item("x", new BigDecimal(quantity), unit);
    }

    private static Product product(SizeUnit unit, String size) {
        return new Product(
                "p1",
                "Product",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(BigDecimal.TEN),
                Optional.of(unit),
                Optional.ofNullable(size).map(BigDecimal::new),
                0);
    }
}
