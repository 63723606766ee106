package dev.korzina.assistant.cart;

import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The cart parts of a server without its web server: an embedded PostgreSQL with the demo catalog, the cart store
 * with its change listener, and the identities.
 *
 * @param config the configuration used
 * @param database the database
 * @param carts the cart store
 * @param notifications the change listener
 * @param identities the identities
 */
record CartFixture(
        KorzinaConfig config,
        Database database,
        PostgresCartStore carts,
        CartNotifications notifications,
        PostgresIdentityStore identities)
        implements AutoCloseable {

    static CartFixture start(Path dataDir) {
        KorzinaConfig config = TestServers.config(dataDir, Map.of());
        Database database = Database.start(config.db());
        try (InputStream demo = CatalogBootstrap.openDemoCatalog()) {
            new CatalogImporter(new PostgresProductStore(database.dataSource()))
                    .importStream(demo, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PostgresCartStore carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        return new CartFixture(
                config,
                database,
                carts,
                CartNotifications.start(database.dataSource(), carts),
                new PostgresIdentityStore(database.dataSource()));
    }

    @Override
    public void close() {
        notifications.close();
        database.close();
    }
}
