package dev.korzina.assistant.cart;

import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The cart contract through the in-process client, on a real embedded PostgreSQL. */
class LocalCartClientIT extends CartClientContract {

    @TempDir
    static Path dataDir;

    private static Database database;
    private static PostgresCartStore carts;
    private static CartNotifications notifications;
    private static PostgresIdentityStore identities;

    @BeforeAll
    static void start() throws Exception {
        var config = TestServers.config(dataDir, Map.of());
        database = Database.start(config.db());
        try (InputStream demo =
                LocalCartClientIT.class.getClassLoader().getResourceAsStream("catalog/demo-catalog.csv")) {
            new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importStream(demo, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        }
        carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        notifications = CartNotifications.start(database.dataSource(), carts);
        identities = new PostgresIdentityStore(database.dataSource());
    }

    @AfterAll
    static void stop() {
        notifications.close();
        database.close();
    }

    @Override
    Connected connect(String channel, String externalId) {
        Identity identity = identities.resolve(channel, externalId);
        return new Connected(
                new LocalCartClient(carts, notifications, identity.caller()),
                identity.cartId().toString());
    }
}
