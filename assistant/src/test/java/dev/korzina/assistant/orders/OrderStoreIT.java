package dev.korzina.assistant.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.cart.VersionConflictException;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.skills.orders.Buyer;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.orders.OrderStatus;
import dev.korzina.skills.orders.StatusEvent;
import dev.korzina.skills.push.NewsFeed;
import dev.korzina.skills.push.Notice;
import dev.korzina.skills.push.Notifier;
import dev.korzina.skills.push.QuietHours;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.PostgresIdentityStore;
import dev.korzina.store.orders.PostgresNotices;
import dev.korzina.store.orders.PostgresOrderStore;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order book and the notices on a real embedded PostgreSQL, below the HTTP API. */
class OrderStoreIT {

    @TempDir
    static Path dataDir;

    /** 23:00 Moscow time: inside the quiet hours 22:00–08:00. */
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-11-26T20:00:00Z"));

    private static Database database;
    private static PostgresCartStore carts;
    private static PostgresIdentityStore identities;
    private static PostgresOrderStore orders;

    @BeforeAll
    static void start() throws Exception {
        KorzinaConfig config = TestServers.config(dataDir, Map.of());
        database = Database.start(config.db());
        try (InputStream demo = CatalogBootstrap.openDemoCatalog()) {
            new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importStream(demo, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        }
        carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        identities = new PostgresIdentityStore(database.dataSource());
        orders = new PostgresOrderStore(database.dataSource(), carts, CLOCK);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void twoConfirmationsOfOneCartPlaceOneOrderAndLoseNoItem() throws Exception {
        Identity identity = identityWithMilk(3);
        long version =
                carts.get(identity.caller(), identity.cartId().toString()).version();
        Buyer buyer = buyer(identity);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Order>> placings = new ArrayList<>();
        try {
            Callable<Order> place = () -> orders.place(buyer, version);
            placings.add(pool.submit(place));
            placings.add(pool.submit(place));
        } finally {
            pool.shutdown();
        }
        int placed = 0;
        int refused = 0;
        for (Future<Order> placing : placings) {
            try {
                placing.get();
                placed++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(VersionConflictException.class);
                refused++;
            }
        }

        assertThat(placed).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        List<Order> placedOrders = orders.orders(buyer.householdId());
        assertThat(placedOrders).hasSize(1);
        assertThat(placedOrders.getFirst().lines().getFirst().quantity()).isEqualByComparingTo("3");
        assertThat(carts.get(identity.caller(), identity.cartId().toString()).lines())
                .isEmpty();
    }

    @Test
    void undoAfterACheckoutDoesNotBringTheOrderedItemsBack() {
        Identity identity = identityWithMilk(2);
        String cartId = identity.cartId().toString();
        orders.place(buyer(identity), carts.get(identity.caller(), cartId).version());

        assertThatThrownBy(() -> carts.change(identity.caller(), cartId, new CartChange.Undo(), ChangeOptions.NONE))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(carts.get(identity.caller(), cartId).lines()).isEmpty();
    }

    @Test
    void deliveredOrdersAreWhatPurchaseHistoryLearnsFrom() {
        Identity identity = identityWithMilk(4);
        Buyer buyer = buyer(identity);
        Order order = orders.place(
                buyer,
                carts.get(identity.caller(), identity.cartId().toString()).version());
        assertThat(orders.deliveredLines(buyer.householdId())).isEmpty();

        orders.record(order.number(), event("d-1", OrderStatus.DELIVERED));

        assertThat(orders.deliveredLines(buyer.householdId()))
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualByComparingTo("4"));
    }

    @Test
    void aDeliveredOrderIsNewsAwaitingARatingUntilItIsTakenOnce() {
        PostgresNotices notices = noticesWithoutQuietHours(CLOCK);
        Identity identity = identityWithMilk(1);
        Buyer buyer = buyer(identity);
        Order order =
                orders.place(buyer, carts.get(identity.caller(), buyer.cartId()).version());
        boolean beforeDelivery = notices.fresh(buyer.householdId()).ratingDue();
        orders.record(order.number(), event("fd-1", OrderStatus.DELIVERED));
        boolean delivered = notices.fresh(buyer.householdId()).ratingDue();

        Optional<Order> taken = orders.takeFeedbackDue(buyer.householdId());

        assertThat(beforeDelivery).isFalse();
        assertThat(delivered).isTrue();
        assertThat(taken).map(Order::number).contains(order.number());
        assertThat(notices.fresh(buyer.householdId()).ratingDue()).isFalse();
        assertThat(orders.takeFeedbackDue(buyer.householdId())).isEmpty();
    }

    @Test
    void noticesReadForATurnStayUnheardUntilMarkedAndOnlyThoseReadAreMarked() {
        PostgresNotices notices = noticesWithoutQuietHours(CLOCK);
        String household = identityWithMilk(1).caller().householdId().toString();
        notices.notify(household, new Notice("order_status", "Заказ собирают", "Being packed"));
        notices.notify(household, new Notice("order_status", "Заказ у курьера", "With courier"));

        NewsFeed.Fresh read = notices.fresh(household);
        NewsFeed.Fresh again = notices.fresh(household);
        notices.notify(household, new Notice("weekly_basket", "Пора за молоком?", "Time for milk?"));
        notices.markHeard(household, read.through());

        assertThat(read.notices()).extracting(Notice::russian).containsExactly("Заказ у курьера");
        assertThat(again).isEqualTo(read);
        assertThat(notices.fresh(household).notices())
                .extracting(Notice::english)
                .containsExactly("Time for milk?");
    }

    @Test
    void aNoticeAtNightIsKeptForTheNextTurnButPushedOnlyInTheMorning() {
        List<String> pushed = Collections.synchronizedList(new ArrayList<>());
        Notifier telegram = (household, notice) -> {
            pushed.add(notice.russian());
            return 1;
        };
        PostgresNotices notices = new PostgresNotices(
                database.dataSource(),
                CLOCK,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Moscow")),
                List.of(telegram));
        String household = identityWithMilk(1).caller().householdId().toString();

        int recipients = notices.notify(household, new Notice("order_status", "Заказ у курьера", "With courier"));
        List<Notice> unheard = notices.unheard(household);
        int atNight = notices.releaseHeld();
        CLOCK.advance(Duration.ofHours(9));
        int inTheMorning = notices.releaseHeld();

        assertThat(recipients).isEqualTo(1);
        assertThat(unheard).extracting(Notice::russian).containsExactly("Заказ у курьера");
        assertThat(atNight).isZero();
        assertThat(inTheMorning).isEqualTo(1);
        assertThat(pushed).containsExactly("Заказ у курьера");
    }

    @Test
    void aHouseholdThatOptedOutGetsNoNotice() {
        PostgresNotices notices = noticesWithoutQuietHours(CLOCK);
        String household = identityWithMilk(1).caller().householdId().toString();
        notices.setEnabled(household, false);

        int recipients = notices.notify(household, new Notice("order_status", "Заказ у курьера", "With courier"));

        assertThat(recipients).isZero();
        assertThat(notices.fresh(household).notices()).isEmpty();
    }

    @Test
    void noticesAMonthOldAreForgottenAndNewerOnesKept() {
        TestClock clock = new TestClock(Instant.parse("2026-10-01T12:00:00Z"));
        PostgresNotices notices = noticesWithoutQuietHours(clock);
        String household = identityWithMilk(1).caller().householdId().toString();
        notices.notify(household, new Notice("order_status", "Заказ доставлен", "Delivered"));
        clock.advance(Duration.ofDays(31));
        notices.notify(household, new Notice("weekly_basket", "Пора за молоком?", "Time for milk?"));

        int purged = notices.purgeBefore(clock.instant().minus(Duration.ofDays(30)));

        assertThat(purged).isEqualTo(1);
        assertThat(notices.unheard(household)).extracting(Notice::english).containsExactly("Time for milk?");
    }

    /** Notices at any hour, pushed to no channel. */
    private static PostgresNotices noticesWithoutQuietHours(Clock clock) {
        return new PostgresNotices(
                database.dataSource(),
                clock,
                new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC")),
                List.of());
    }

    private static Identity identityWithMilk(int quantity) {
        Identity identity = identities.resolve("test", UUID.randomUUID().toString());
        carts.change(
                identity.caller(),
                identity.cartId().toString(),
                new CartChange.Add("d-0001", BigDecimal.valueOf(quantity)),
                ChangeOptions.NONE);
        return identity;
    }

    private static Buyer buyer(Identity identity) {
        return new Buyer(
                identity.caller().customerId().toString(),
                identity.caller().householdId().toString(),
                "test",
                identity.cartId().toString());
    }

    private static StatusEvent event(String id, OrderStatus status) {
        return new StatusEvent(id, status, Optional.empty(), Optional.empty(), CLOCK.instant());
    }
}
