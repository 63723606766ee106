package dev.korzina.assistant;

import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.skills.DialogEngine;
import dev.korzina.skills.Session;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.dialog.PostgresConversationStore;
import dev.korzina.store.dialog.PostgresNoteStore;
import dev.korzina.store.dialog.PostgresTranscriptStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The dialog engine wired to the database, for chats in one process: starts the database, loads the catalog the
 * configuration asks for, indexes it in memory and answers turns of any channel identity.
 */
public final class Dialogs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private final Database database;
    private final LuceneCatalogSearch search;
    private final CartNotifications notifications;
    private final PostgresCartStore carts;
    private final PostgresIdentityStore identities;
    private final DialogEngine engine;

    private Dialogs(
            Database database,
            LuceneCatalogSearch search,
            CartNotifications notifications,
            PostgresCartStore carts,
            DialogEngine engine) {
        this.database = database;
        this.search = search;
        this.notifications = notifications;
        this.carts = carts;
        this.identities = new PostgresIdentityStore(database.dataSource());
        this.engine = engine;
    }

    /**
     * Starts everything a chat needs.
     *
     * @param config the configuration: database, catalog file, synonyms, cart settings
     * @return the running dialogs, to close
     */
    public static Dialogs start(KorzinaConfig config) {
        Database database = Database.start(config.db());
        LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(SynonymsFiles.load(config.synonymsFile()));
        try {
            ProductStore products = new PostgresProductStore(database.dataSource());
            new CatalogBootstrap(products)
                    .ensureCatalog(config.catalogFile(), ImportProgress.SILENT)
                    .ifPresent(report -> LOG.info(
                            () -> "catalog loaded from " + report.source() + ": " + report.imported() + " products"));
            List<Product> all = products.findAll();
            search.rebuild(all);
            List<String> names = new ArrayList<>();
            for (Product product : all) {
                names.add(product.name());
                product.nameEn().ifPresent(names::add);
            }
            PostgresCartStore carts =
                    new PostgresCartStore(database.dataSource(), Application.objectMapper(), config.cart());
            CartNotifications notifications = CartNotifications.start(database.dataSource(), carts);
            DialogEngine engine = new DialogEngine(
                    RuleBasedNlu.create(names),
                    search,
                    new PostgresConversationStore(database.dataSource()),
                    new PostgresNoteStore(database.dataSource()),
                    new PostgresTranscriptStore(database.dataSource()),
                    Clock.systemUTC());
            return new Dialogs(database, search, notifications, carts, engine);
        } catch (RuntimeException e) {
            search.close();
            database.close();
            throw e;
        }
    }

    /**
     * Answers one turn of a customer on a channel; a customer seen first gets a household and a cart.
     *
     * @param channel the channel ({@code cli}, {@code alice}, …)
     * @param externalId the customer's id on that channel
     * @param text what they said
     * @param language its language, or empty to detect it
     * @return the reply and the cart after the turn
     */
    public TurnResult turn(String channel, String externalId, String text, Optional<Language> language) {
        Identity identity = identities.resolve(channel, externalId);
        Session session = new Session(
                channel + ":" + externalId,
                channel,
                identity.caller().customerId().toString(),
                identity.caller().householdId().toString(),
                identity.cartId().toString(),
                new LocalCartClient(carts, notifications, identity.caller()));
        return engine.handle(session, text, language);
    }

    @Override
    public void close() {
        notifications.close();
        search.close();
        database.close();
    }
}
