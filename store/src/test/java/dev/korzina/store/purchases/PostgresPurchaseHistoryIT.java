package dev.korzina.store.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.store.Database;
import dev.korzina.store.DbConfig;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresPurchaseHistoryIT {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @TempDir
    static Path dataDir;

    private static Database database;
    private static PostgresPurchaseHistory purchases;
    private static PostgresWeeklyOffers offers;

    @BeforeAll
    static void startDatabase() {
        database = Database.start(new DbConfig(Optional.empty(), Optional.empty(), Optional.empty(), dataDir, 4));
        purchases = new PostgresPurchaseHistory(database.dataSource());
        offers = new PostgresWeeklyOffers(database.dataSource());
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    private static String household() {
        return new PostgresIdentityStore(database.dataSource())
                .resolve("cli", "u-" + UUID.randomUUID())
                .caller()
                .householdId()
                .toString();
    }

    @Test
    void recordingTheSameSourceAgainAddsNothing() {
        String household = household();

        boolean first = purchases.record(household, "order-17", MONDAY, List.of("d-0001", "d-0092"));
        boolean again = purchases.record(household, "order-17", MONDAY, List.of("d-0001", "d-0092"));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(purchases.of(household).orElseThrow().baskets())
                .containsExactly(Basket.on(MONDAY, "d-0001", "d-0092"));
    }

    @Test
    void basketsAreTheSourcesOfADayOldestFirst() {
        String household = household();
        purchases.record(household, "order-2", MONDAY.plusDays(3), List.of("d-0337"));
        purchases.record(household, "import:b", MONDAY, List.of("d-0001", "d-0001"));
        purchases.record(household, "import:a", MONDAY, List.of("d-0092"));

        History history = purchases.of(household).orElseThrow();

        assertThat(history.user()).isEqualTo(household);
        assertThat(history.baskets())
                .containsExactly(
                        Basket.on(MONDAY, "d-0092"),
                        Basket.on(MONDAY, "d-0001", "d-0001"),
                        Basket.on(MONDAY.plusDays(3), "d-0337"));
    }

    @Test
    void everyHouseholdWithPurchasesIsInTheHistoriesAndOneWithoutHasNone() {
        String buyer = household();
        String newcomer = household();
        purchases.record(buyer, "order-1", MONDAY, List.of("d-0001"));

        assertThat(purchases.all()).extracting(History::user).contains(buyer).doesNotContain(newcomer);
        assertThat(purchases.of(newcomer)).isEmpty();
    }

    @Test
    void weeklyOffersRememberTheLastOfferAndTheOptOut() {
        String household = household();
        assertThat(offers.lastOffered(household)).isEmpty();
        assertThat(offers.optedOut(household)).isFalse();

        offers.offered(household, MONDAY);
        offers.optOut(household);

        assertThat(offers.lastOffered(household)).contains(MONDAY);
        assertThat(offers.optedOut(household)).isTrue();
    }
}
