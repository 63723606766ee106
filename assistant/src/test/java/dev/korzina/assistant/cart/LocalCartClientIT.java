package dev.korzina.assistant.cart;

import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.identity.Identity;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The cart contract through the in-process client, on a real embedded PostgreSQL. */
class LocalCartClientIT extends CartClientContract {

    @TempDir
    static Path dataDir;

    private static CartFixture fixture;

    @BeforeAll
    static void start() {
        fixture = CartFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Override
    Connected connect(String channel, String externalId) {
        Identity identity = fixture.identities().resolve(channel, externalId);
        return new Connected(
                new LocalCartClient(fixture.carts(), fixture.notifications(), identity.caller()),
                identity.cartId().toString());
    }
}
