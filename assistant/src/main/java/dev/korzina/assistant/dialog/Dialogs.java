package dev.korzina.assistant.dialog;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.CatalogSearch;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.replenish.model.Methods;
import dev.korzina.skills.DialogEngine;
import dev.korzina.skills.OrderDesk;
import dev.korzina.skills.ProductCatalog;
import dev.korzina.skills.Restocking;
import dev.korzina.skills.Session;
import dev.korzina.skills.TurnResult;
import dev.korzina.skills.WeeklyBasket;
import dev.korzina.skills.push.Notifier;
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
import dev.korzina.store.purchases.PostgresPurchaseHistory;
import dev.korzina.store.purchases.PostgresWeeklyOffers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The dialog engine wired to the database and the catalog: answers turns of any channel identity. The server builds
 * it {@link #over over} its running parts; the terminal chat {@link #start starts} its own.
 */
public final class Dialogs implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private final PostgresIdentityStore identities;
    private final PostgresCartStore carts;
    private final CartNotifications notifications;
    private final DialogEngine engine;
    private final Replenish replenish;
    private final Runnable onClose;

    private Dialogs(
            PostgresIdentityStore identities,
            PostgresCartStore carts,
            CartNotifications notifications,
            DialogEngine engine,
            Replenish replenish,
            Runnable onClose) {
        this.identities = identities;
        this.carts = carts;
        this.notifications = notifications;
        this.engine = engine;
        this.replenish = replenish;
        this.onClose = onClose;
    }

    /** The replenishment parts the engine uses, which the weekly basket shares. */
    private record Replenish(PostgresPurchaseHistory purchases, RefittedReplenishment model, Restocking restocking) {}

    /**
     * Starts everything a chat needs: the database, the catalog and its in-memory index, and the engine. As in the
     * server, the simulated store moves the orders on its tick ({@code orders.simulator.tick}), and once before the
     * first turn, so news that came due while the chat was closed is told at once.
     *
     * @param config the configuration: database, catalog file, synonyms, cart settings
     * @return the running dialogs, to close; closing stops the database too
     */
    public static Dialogs start(KorzinaConfig config) {
        Database database = Database.start(config.db());
        LuceneCatalogSearch search = LuceneCatalogSearch.inMemory(SynonymsFiles.load(config.synonymsFile()));
        CartNotifications notifications = null;
        try {
            ProductStore products = new PostgresProductStore(database.dataSource());
            new CatalogBootstrap(products)
                    .ensureCatalog(config.catalogFile(), ImportProgress.SILENT)
                    .ifPresent(report -> LOG.info(
                            () -> "catalog loaded from " + report.source() + ": " + report.imported() + " products"));
            List<Product> all = products.findAll();
            search.rebuild(all);
            PostgresCartStore carts =
                    new PostgresCartStore(database.dataSource(), Application.objectMapper(), config.cart());
            notifications = CartNotifications.start(database.dataSource(), carts);
            OrderParts orders =
                    OrderParts.wire(config.orders(), database.dataSource(), carts, Clock.systemUTC(), List.of());
            Dialogs dialogs = over(database, all, search, carts, notifications, orders.desk(), Clock.systemUTC());
            orders.tick();
            ScheduledExecutorService store = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("simulated-store").daemon().factory());
            long tick = config.orders().tick().toMillis();
            store.scheduleAtFixedRate(orders::tick, tick, tick, TimeUnit.MILLISECONDS);
            CartNotifications started = notifications;
            return new Dialogs(dialogs.identities, carts, started, dialogs.engine, dialogs.replenish, () -> {
                stop(store);
                started.close();
                search.close();
                database.close();
            });
        } catch (RuntimeException e) {
            if (notifications != null) {
                notifications.close();
            }
            search.close();
            database.close();
            throw e;
        }
    }

    /** Stops the simulated store's tick, letting a beat under way finish before the database closes. */
    private static void stop(ScheduledExecutorService store) {
        store.shutdown();
        try {
            if (!store.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("the simulated store's tick did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The engine over parts that run already, for the server; closing it stops nothing.
     *
     * @param database the started database
     * @param products the catalog, whose names the NLU learns
     * @param search the index of the catalog
     * @param carts the carts
     * @param notifications the cart change listener
     * @param orders the orders, the store and the news
     * @param clock the time
     * @return the dialogs
     */
    public static Dialogs over(
            Database database,
            List<Product> products,
            CatalogSearch search,
            PostgresCartStore carts,
            CartNotifications notifications,
            OrderDesk orders,
            Clock clock) {
        List<String> names = new ArrayList<>();
        for (Product product : products) {
            names.add(product.name());
            product.nameEn().ifPresent(names::add);
        }
        PostgresPurchaseHistory purchases = new PostgresPurchaseHistory(database.dataSource());
        RefittedReplenishment model = new RefittedReplenishment(Methods.best(), purchases);
        Replenish replenish = new Replenish(
                purchases,
                model,
                new Restocking(model, ProductCatalog.of(products), new PostgresWeeklyOffers(database.dataSource())));
        DialogEngine engine = DialogEngine.builder()
                .nlu(RuleBasedNlu.create(names))
                .search(search)
                .conversations(new PostgresConversationStore(database.relaxedDataSource()))
                .notes(new PostgresNoteStore(database.dataSource()))
                .transcripts(new PostgresTranscriptStore(database.relaxedDataSource()))
                .clock(clock)
                .restocking(replenish.restocking())
                .orders(orders)
                .build();
        return new Dialogs(
                new PostgresIdentityStore(database.dataSource()), carts, notifications, engine, replenish, () -> {});
    }

    /**
     * The weekly basket offer over the same predictions as the conversations.
     *
     * @param notifier delivers the offers
     * @param clock decides the day
     * @return the offer, to run periodically
     */
    public WeeklyBasket weeklyBasket(Notifier notifier, Clock clock) {
        return new WeeklyBasket(replenish.purchases(), replenish.restocking(), notifier, clock);
    }

    /** Fits the replenishment model again on the purchases recorded until now. */
    public void refitReplenishment() {
        replenish.model().refit();
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
        return turn(() -> identities.resolve(channel, externalId), channel, channel + ":" + externalId, text, language);
    }

    /**
     * Answers one turn of a customer whom the channel identifies (by a token, a linked account); the identity is
     * resolved while the conversation's state is read and the utterance parsed.
     *
     * @param identity resolves the customer, their household and its cart
     * @param channel the channel ({@code siri}, {@code web}, …)
     * @param conversationId the conversation's key, stable per customer and channel
     * @param text what they said
     * @param language its language, or empty to detect it
     * @return the reply and the cart after the turn
     */
    public TurnResult turn(
            Supplier<Identity> identity,
            String channel,
            String conversationId,
            String text,
            Optional<Language> language) {
        return engine.handle(conversationId, () -> session(identity.get(), channel, conversationId), text, language);
    }

    private Session session(Identity identity, String channel, String conversationId) {
        return new Session(
                conversationId,
                channel,
                identity.caller().customerId().toString(),
                identity.caller().householdId().toString(),
                identity.cartId().toString(),
                new LocalCartClient(carts, notifications, identity.caller()));
    }

    /** The customers and households, for channels that resolve or link identities. */
    public PostgresIdentityStore identities() {
        return identities;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
