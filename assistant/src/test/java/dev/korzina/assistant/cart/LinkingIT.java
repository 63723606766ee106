package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.assistant.TestServers;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.LinkCode;
import dev.korzina.store.identity.LinkResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-25T10:00:00Z"));
    private static CartFixture fixture;
    private static HouseholdLinker linker;

    @BeforeAll
    static void start() {
        fixture = CartFixture.start(dataDir);
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
        linker = new HouseholdLinker(
                fixture.database().dataSource(),
                TestServers.json(),
                fixture.config().cart(),
                clock);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Identity identity(String channel) {
        return fixture.identities().resolve(channel, channel + "-" + UUID.randomUUID());
    }

    private static LocalCartClient client(Identity identity) {
        return new LocalCartClient(fixture.carts(), fixture.notifications(), identity.caller());
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
        Identity telegram = fixture.identities().resolve("telegram", chat);

        linker.redeem(telegram.caller(), linker.issue(web.caller()).code());

        Identity again = fixture.identities().resolve("telegram", chat);
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
