package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.assistant.TestServers;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.LinkCode;
import dev.korzina.store.identity.LinkResult;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking an identity into another household by a one-time code, with the carts merged. */
class LinkingIT {

    @TempDir
    static Path dataDir;

    private static Database database;
    private static PostgresCartStore carts;
    private static CartNotifications notifications;
    private static PostgresIdentityStore identities;
    private static HouseholdLinker linker;
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));

    @BeforeAll
    static void start() throws Exception {
        var config = TestServers.config(dataDir, Map.of());
        database = Database.start(config.db());
        try (InputStream demo = LinkingIT.class.getClassLoader().getResourceAsStream("catalog/demo-catalog.csv")) {
            new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importStream(demo, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        }
        carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        notifications = CartNotifications.start(database.dataSource(), carts);
        identities = new PostgresIdentityStore(database.dataSource());
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return NOW.get();
            }
        };
        linker = new HouseholdLinker(database.dataSource(), TestServers.json(), config.cart(), clock);
    }

    @AfterAll
    static void stop() {
        notifications.close();
        database.close();
    }

    private static Identity identity(String channel) {
        return identities.resolve(channel, channel + "-" + UUID.randomUUID());
    }

    private static LocalCartClient client(Identity identity) {
        return new LocalCartClient(carts, notifications, identity.caller());
    }

    @Test
    void aRedeemedCodeMergesTheCartsSummingQuantities() {
        Identity web = identity("web");
        Identity alice = identity("alice");
        client(web).add(web.cartId().toString(), "d-0001", BigDecimal.ONE, ChangeOptions.NONE);
        client(alice).add(alice.cartId().toString(), "d-0001", new BigDecimal("2"), ChangeOptions.NONE);
        client(alice).add(alice.cartId().toString(), "d-0149", new BigDecimal("0.5"), ChangeOptions.NONE);

        LinkCode code = linker.issue(web.caller());
        LinkResult result = linker.redeem(alice.caller(), code.code());

        assertThat(result.cartId()).isEqualTo(web.cartId().toString());
        assertThat(result.mergedLines()).isEqualTo(2);
        Cart household = client(web).get(web.cartId().toString());
        assertThat(household.line("d-0001").orElseThrow().quantity()).isEqualByComparingTo("3");
        assertThat(household.line("d-0149").orElseThrow().quantity()).isEqualByComparingTo("0.5");
        assertThat(client(web).events(web.cartId().toString(), 0))
                .extracting(CartEvent::type)
                .endsWith("merged");
    }

    @Test
    void theLinkedIdentityUsesTheHouseholdCartFromThenOn() {
        Identity web = identity("web");
        String chat = "chat-" + UUID.randomUUID();
        Identity telegram = identities.resolve("telegram", chat);

        linker.redeem(telegram.caller(), linker.issue(web.caller()).code());

        Identity again = identities.resolve("telegram", chat);
        assertThat(again.cartId()).isEqualTo(web.cartId());
        assertThat(again.caller().householdId()).isEqualTo(web.caller().householdId());
    }

    @Test
    void aSpokenCodeWithSpacesIsAccepted() {
        Identity web = identity("web");
        Identity alice = identity("alice");
        String spoken = String.join(" ", linker.issue(web.caller()).code().split(""));

        assertThat(linker.redeem(alice.caller(), spoken).cartId())
                .isEqualTo(web.cartId().toString());
    }

    @Test
    void aCodeWorksOnlyOnce() {
        Identity web = identity("web");
        LinkCode code = linker.issue(web.caller());
        linker.redeem(identity("alice").caller(), code.code());

        assertThatThrownBy(() -> linker.redeem(identity("siri").caller(), code.code()))
                .isInstanceOf(CartNotFoundException.class);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        Identity web = identity("web");
        LinkCode code = linker.issue(web.caller());
        NOW.set(NOW.get().plus(Duration.ofMinutes(11)));

        assertThatThrownBy(() -> linker.redeem(identity("alice").caller(), code.code()))
                .isInstanceOf(CartNotFoundException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void guessingIsStoppedAfterFiveWrongCodes() {
        Identity guesser = identity("alice");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> linker.redeem(guesser.caller(), "000000"))
                    .isInstanceOf(CartNotFoundException.class);
        }
        LinkCode real = linker.issue(identity("web").caller());

        assertThatThrownBy(() -> linker.redeem(guesser.caller(), real.code()))
                .isInstanceOf(TooManyRequestsException.class);
    }
}
