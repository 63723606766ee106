package dev.korzina.assistant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.korzina.assistant.channel.Turns;
import dev.korzina.assistant.channel.alice.AliceOAuth;
import dev.korzina.assistant.channel.alice.AliceWebhook;
import dev.korzina.assistant.channel.siri.SiriApi;
import dev.korzina.assistant.channel.siri.SiriTokenApi;
import dev.korzina.assistant.channel.siri.SiriTokens;
import dev.korzina.assistant.channel.telegram.SpeechToText;
import dev.korzina.assistant.channel.telegram.TelegramChannel;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.assistant.dialog.OrderParts;
import dev.korzina.assistant.http.Authenticator;
import dev.korzina.assistant.http.CartApi;
import dev.korzina.assistant.http.CartSocket;
import dev.korzina.assistant.http.CatalogSearchService;
import dev.korzina.assistant.http.DialogApi;
import dev.korzina.assistant.http.ErrorHandling;
import dev.korzina.assistant.http.HealthService;
import dev.korzina.assistant.http.HomePage;
import dev.korzina.assistant.http.JsonBodies;
import dev.korzina.assistant.http.LinkApi;
import dev.korzina.assistant.http.NoticeApi;
import dev.korzina.assistant.http.OrderApi;
import dev.korzina.assistant.http.SessionApi;
import dev.korzina.assistant.http.TranscriptApi;
import dev.korzina.assistant.http.WebhookSignature;
import dev.korzina.assistant.webchat.ChatPage;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.skills.WeeklyBasket;
import dev.korzina.skills.push.Notifier;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.dialog.PostgresTranscriptStore;
import dev.korzina.store.identity.MemberTokens;
import dev.korzina.store.identity.OAuthGrants;
import dev.korzina.store.identity.PostgresIdentityStore;
import dev.korzina.store.orders.PostgresNotices;
import dev.korzina.store.transcripts.LuceneTranscriptSearch;
import io.helidon.http.media.MediaContext;
import io.helidon.http.media.jackson.JacksonSupport;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.websocket.WsRouting;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One running Korzina server, wired explicitly in start-up order: database and migrations → catalog → HTTP
 * routes → web server. Closing it stops them in reverse order.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Application.class.getName());

    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    private static final Duration KEEP_NOTICES = Duration.ofDays(30);
    private static final Duration REFIT_EVERY = Duration.ofHours(24);
    private static final Duration WEEKLY_OFFER_EVERY = Duration.ofHours(1);
    /** Without a channel that can push, notices reach nobody. */
    private static final Notifier NO_PUSH_CHANNEL = (household, notice) -> 0;
    /** The search index lives here, under the data directory. */
    static final String INDEX_DIRECTORY = "index";
    /** The transcript index lives here, under the data directory; it is rebuilt from the database at every start. */
    static final String TRANSCRIPT_INDEX_DIRECTORY = "transcripts-index";

    private final Database database;
    private final LuceneCatalogSearch search;
    private final CartNotifications notifications;
    private final LuceneTranscriptSearch transcripts;
    private final ScheduledExecutorService housekeeping;
    private final WebServer server;
    private final String host;
    private final Optional<TelegramChannel> telegram;
    private final Notifier notifier;

    private Application(
            Database database,
            LuceneCatalogSearch search,
            CartNotifications notifications,
            LuceneTranscriptSearch transcripts,
            ScheduledExecutorService housekeeping,
            WebServer server,
            String host,
            Optional<TelegramChannel> telegram,
            Notifier notifier) {
        this.database = database;
        this.search = search;
        this.notifications = notifications;
        this.transcripts = transcripts;
        this.housekeeping = housekeeping;
        this.server = server;
        this.host = host;
        this.telegram = telegram;
        this.notifier = notifier;
    }

    /**
     * Starts everything the configuration describes.
     *
     * @param config the checked configuration
     * @param progress hears how far a catalog import at start has got
     * @return the running application
     * @throws StartupException when a part cannot start; what was started is stopped again
     */
    public static Application start(KorzinaConfig config, ImportProgress progress) {
        return start(config, progress, Clock.systemUTC(), UnaryOperator.identity());
    }

    /**
     * Starts everything the configuration describes, on a given clock.
     *
     * @param config the checked configuration
     * @param progress hears how far a catalog import at start has got
     * @param clock the time of orders, notices and turns; tests move it to walk an order through its day
     * @return the running application
     * @throws StartupException when a part cannot start; what was started is stopped again
     */
    public static Application start(KorzinaConfig config, ImportProgress progress, Clock clock) {
        return start(config, progress, clock, UnaryOperator.identity());
    }

    /**
     * Starts everything the configuration describes, with the channels' dialog turns passing through a wrapper
     * (tests make a step slow with it).
     *
     * @param config the checked configuration
     * @param progress hears how far a catalog import at start has got
     * @param channelTurns wraps the turns the channel adapters (Alice, Siri) run
     * @return the running application
     * @throws StartupException when a part cannot start; what was started is stopped again
     */
    public static Application start(KorzinaConfig config, ImportProgress progress, UnaryOperator<Turns> channelTurns) {
        return start(config, progress, Clock.systemUTC(), channelTurns);
    }

    private static Application start(
            KorzinaConfig config, ImportProgress progress, Clock clock, UnaryOperator<Turns> channelTurns) {
        LOG.info(() -> "starting Korzina: " + config.summary());
        ensurePortFree(config);
        LuceneCatalogSearch search = LuceneCatalogSearch.onDisk(
                config.dataDir().resolve(INDEX_DIRECTORY), SynonymsFiles.load(config.synonymsFile()));
        Database database = Database.start(config.db());
        CartNotifications notifications = null;
        LuceneTranscriptSearch transcripts = null;
        ScheduledExecutorService housekeeping = null;
        Optional<TelegramChannel> telegram = Optional.empty();
        try {
            ObjectMapper json = objectMapper();
            DataSource data = database.dataSource();
            ProductStore products = new PostgresProductStore(data);
            new CatalogBootstrap(products)
                    .ensureCatalog(config.catalogFile(), progress)
                    .ifPresent(
                            report -> LOG.info(() -> "catalog loaded from " + report.source() + ": " + report.imported()
                                    + " products, " + report.skipped().size() + " rows skipped"));
            List<Product> catalog = products.findAll();
            search.rebuild(catalog);
            PostgresCartStore carts = new PostgresCartStore(data, json, config.cart());
            notifications = CartNotifications.start(data, carts);
            // the Telegram notifier joins the push channels once the bot, which needs the dialogs, has started
            List<Notifier> pushChannels = new CopyOnWriteArrayList<>();
            OrderParts orders = OrderParts.wire(config.orders(), data, carts, clock, pushChannels);
            Dialogs dialogs = Dialogs.over(database, catalog, search, carts, notifications, orders.desk(), clock);
            PostgresIdentityStore identities = dialogs.identities();
            Authenticator authenticator = new Authenticator(identities);
            transcripts = LuceneTranscriptSearch.onDisk(
                    config.dataDir().resolve(TRANSCRIPT_INDEX_DIRECTORY), new PostgresTranscriptStore(data));
            JsonBodies bodies = new JsonBodies(json);
            HouseholdLinker linker = new HouseholdLinker(data, json, config.cart(), Clock.systemUTC());
            telegram = TelegramChannel.start(
                    config.telegram(),
                    new TelegramChannel.Parts(data, json, dialogs, linker, carts, notifications),
                    SpeechToText.NONE);
            Notifier notifier = telegram.map(TelegramChannel::notifier).orElse(NO_PUSH_CHANNEL);
            pushChannels.add(notifier);
            Turns turns = channelTurns.apply(dialogs::turn);
            SiriTokens siriTokens = new SiriTokens(identities, new MemberTokens(data), linker, config.siriTokens());
            Routes routes = new Routes(
                    new HealthService(database, products, search),
                    new CatalogSearchService(search),
                    new SessionApi(identities, bodies, config.adminKey()),
                    new CartApi(carts, authenticator, bodies),
                    new LinkApi(linker, authenticator, bodies),
                    new DialogApi(dialogs, authenticator, bodies),
                    telegram.map(TelegramChannel::webhook),
                    AliceWebhook.create(config.alice(), turns, identities, linker, json),
                    config.alice()
                            .oauth()
                            .map(client -> new AliceOAuth(client, linker, new OAuthGrants(data, Clock.systemUTC()))),
                    new SiriApi(siriTokens, turns, bodies),
                    new OrderApi(
                            orders.tracker(),
                            new WebhookSignature(
                                    config.orders().webhookSecret(),
                                    config.orders().webhookWindow(),
                                    clock),
                            authenticator,
                            bodies,
                            clock),
                    new NoticeApi(orders.notices(), authenticator, bodies),
                    new TranscriptApi(transcripts, authenticator),
                    new SiriTokenApi(siriTokens, authenticator, bodies));
            CartNotifications cartNotifications = notifications;
            WebServer server = WebServer.builder()
                    .config(config.server())
                    .host(config.host())
                    .port(config.port())
                    .mediaContext(MediaContext.builder()
                            .addMediaSupport(JacksonSupport.create(json))
                            .build())
                    .routing(routing -> routing(routing, routes))
                    .addRouting(WsRouting.builder()
                            .endpoint(
                                    CartSocket.PATH + "*",
                                    () -> new CartSocket(carts, cartNotifications, authenticator, json)))
                    .build();
            server.start();
            if (!server.isRunning()) {
                throw new StartupException(
                        "the web server could not listen on " + config.host() + ":" + config.port()
                                + " (see the log above)",
                        null);
            }
            housekeeping = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("korzina-housekeeping").daemon().factory());
            housekeeping.scheduleAtFixedRate(
                    guarded("purging expired idempotency keys", carts::purgeExpiredIdempotencyKeys),
                    0,
                    PURGE_EVERY.toMinutes(),
                    TimeUnit.MINUTES);
            PostgresNotices notices = orders.notices();
            housekeeping.scheduleAtFixedRate(
                    guarded(
                            "purging old notices",
                            () -> notices.purgeBefore(clock.instant().minus(KEEP_NOTICES))),
                    0,
                    PURGE_EVERY.toMinutes(),
                    TimeUnit.MINUTES);
            housekeeping.scheduleAtFixedRate(
                    guarded("refitting the replenishment model", dialogs::refitReplenishment),
                    REFIT_EVERY.toMinutes(),
                    REFIT_EVERY.toMinutes(),
                    TimeUnit.MINUTES);
            if (config.weeklyOffer()) {
                WeeklyBasket weekly = dialogs.weeklyBasket(notices, clock);
                housekeeping.scheduleAtFixedRate(
                        guarded("offering the weekly baskets", weekly::offerDue),
                        1,
                        WEEKLY_OFFER_EVERY.toMinutes(),
                        TimeUnit.MINUTES);
            }
            long tick = config.orders().tick().toMillis();
            housekeeping.scheduleAtFixedRate(orders::tick, tick, tick, TimeUnit.MILLISECONDS);
            ScheduledExecutorService chores = housekeeping;
            telegram.ifPresent(bot -> chores.scheduleAtFixedRate(
                    guarded("purging old Telegram updates", bot::purgeOldUpdates),
                    0,
                    PURGE_EVERY.toMinutes(),
                    TimeUnit.MINUTES));
            return new Application(
                    database,
                    search,
                    notifications,
                    transcripts,
                    housekeeping,
                    server,
                    config.host(),
                    telegram,
                    notifier);
        } catch (RuntimeException e) {
            if (housekeeping != null) {
                housekeeping.shutdownNow();
            }
            telegram.ifPresent(TelegramChannel::close);
            if (notifications != null) {
                notifications.close();
            }
            if (transcripts != null) {
                transcripts.close();
            }
            search.close();
            database.close();
            throw e;
        }
    }

    /**
     * The HTTP services of the server.
     *
     * @param health {@code /health}
     * @param search {@code /api/catalog/search}
     * @param sessions {@code /api/sessions}
     * @param carts {@code /api/carts}
     * @param links {@code /api/link-codes}
     * @param dialog {@code /api/dialog}
     * @param telegram {@code /telegram}, when the bot is on
     * @param alice {@code /alice}, the Yandex Alice webhook
     * @param aliceOAuth {@code /oauth}, the OAuth 2.0 server of Alice's account linking, when a client is configured
     * @param siri {@code /siri}, for Siri Shortcuts
     * @param orders {@code /api/orders}
     * @param notices {@code /api/notices}
     * @param transcripts {@code /api/transcripts}
     * @param siriTokens {@code /api/tokens}, Siri Shortcut tokens for household members
     */
    record Routes(
            HealthService health,
            CatalogSearchService search,
            SessionApi sessions,
            CartApi carts,
            LinkApi links,
            DialogApi dialog,
            Optional<HttpService> telegram,
            AliceWebhook alice,
            Optional<AliceOAuth> aliceOAuth,
            SiriApi siri,
            OrderApi orders,
            NoticeApi notices,
            TranscriptApi transcripts,
            SiriTokenApi siriTokens) {}

    /** A periodic task that logs its failure instead of silently ending the schedule. */
    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
        };
    }

    /** Helidon logs a failed bind and returns; checking first gives the user one clear line instead. */
    private static void ensurePortFree(KorzinaConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (BindException e) {
            throw new StartupException(
                    "port " + config.port() + " on " + config.host()
                            + " is already in use: stop what uses it or pick another with --port",
                    e);
        } catch (IOException e) {
            throw new StartupException(
                    "cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers every route of the server.
     *
     * @param routing the routing being built
     * @param routes the services
     */
    static void routing(HttpRouting.Builder routing, Routes routes) {
        ErrorHandling.register(routing);
        routing.register("/", new HomePage())
                .register("/health", routes.health())
                .register("/api/catalog/search", routes.search())
                .register("/api/sessions", routes.sessions())
                .register("/api/carts", routes.carts())
                .register("/api/link-codes", routes.links())
                .register("/api/dialog", routes.dialog())
                .register("/chat", new ChatPage(objectMapper()))
                .register(AliceWebhook.PATH, routes.alice())
                .register(SiriApi.PATH, routes.siri())
                .register("/api/orders", routes.orders())
                .register("/api/notices", routes.notices())
                .register("/api/transcripts", routes.transcripts())
                .register("/api/tokens", routes.siriTokens());
        routes.telegram().ifPresent(webhook -> routing.register("/telegram", webhook));
        routes.aliceOAuth().ifPresent(oauth -> routing.register(AliceOAuth.PATH, oauth));
        routing.any(ErrorHandling::notFound);
    }

    /** The JSON mapper of the HTTP API: snake_case names, ISO dates, unknown fields ignored. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Pushes notices to households on the channels that can push (Telegram when the bot is on). */
    public Notifier notifier() {
        return notifier;
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The base URL of the server, for people and clients. */
    public URI baseUri() {
        String shown = "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : host;
        return URI.create("http://" + shown + ":" + port() + "/");
    }

    /** Stops the web server, then the cart listener and housekeeping, the search indexes, then the database. */
    @Override
    public void close() {
        server.stop();
        housekeeping.shutdownNow();
        telegram.ifPresent(TelegramChannel::close);
        notifications.close();
        transcripts.close();
        search.close();
        database.close();
        LOG.info("Korzina stopped");
    }
}
