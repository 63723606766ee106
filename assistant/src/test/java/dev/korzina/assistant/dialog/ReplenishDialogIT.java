package dev.korzina.assistant.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.cart.CartLine;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.nlu.Language;
import dev.korzina.skills.Conversation.Option;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.Database;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.dialog.PostgresConversationStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.purchases.PostgresPurchaseHistory;
import dev.korzina.store.purchases.PostgresWeeklyOffers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Что купить на неделю" through the server's dialogs, over purchases recorded in the embedded PostgreSQL. */
class ReplenishDialogIT {

    private static final String MILK = "d-0001";
    private static final String LOAF = "d-0092";
    private static final String CHEESE = "d-0063";
    private static final String COFFEE = "d-0337";
    private static final String EGGS = "d-0084";
    private static final String GONE = "x-no-longer-sold";
    private static final List<String> ONCE = List.of("d-0149", "d-0323", "d-0018");

    @TempDir
    static Path dataDir;

    private static Database database;
    private static LuceneCatalogSearch search;
    private static CartNotifications notifications;
    private static PostgresCartStore carts;
    private static PostgresPurchaseHistory purchases;
    private static Dialogs dialogs;

    @BeforeAll
    static void start() {
        KorzinaConfig config = TestServers.config(dataDir, Map.of());
        database = Database.start(config.db());
        PostgresProductStore products = new PostgresProductStore(database.dataSource());
        new CatalogBootstrap(products).ensureCatalog(Optional.empty(), ImportProgress.SILENT);
        search = LuceneCatalogSearch.inMemory(SynonymsFiles.load(Optional.empty()));
        search.rebuild(products.findAll());
        carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        notifications = CartNotifications.start(database.dataSource(), carts);
        purchases = new PostgresPurchaseHistory(database.dataSource());
        dialogs = Dialogs.over(
                database,
                products.findAll(),
                search,
                carts,
                notifications,
                OrderParts.wire(config.orders(), database.dataSource(), carts, Clock.systemUTC(), List.of())
                        .desk(),
                Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        notifications.close();
        search.close();
        database.close();
    }

    /**
     * A customer whose household bought milk every 3 days, a loaf every 6, cheese and eggs every 9, coffee twice,
     * and bananas, tea and kefir once each.
     */
    private static String regular() {
        String user = "u-" + UUID.randomUUID();
        String household = identity(user).caller().householdId().toString();
        LocalDate today = LocalDate.now();
        for (int daysAgo = 27, n = 0; daysAgo > 0; daysAgo -= 3, n++) {
            List<String> basket = new ArrayList<>(List.of(MILK, GONE));
            if (n % 2 == 0) {
                basket.add(LOAF);
            }
            if (n % 3 == 0) {
                basket.addAll(List.of(CHEESE, EGGS));
            }
            if (n % 6 == 0) {
                basket.add(COFFEE);
            }
            if (n < ONCE.size()) {
                basket.add(ONCE.get(n));
            }
            purchases.record(household, "order-" + user + "-" + n, today.minusDays(daysAgo), basket);
        }
        return user;
    }

    private static Identity identity(String user) {
        return dialogs.identities().resolve("cli", user);
    }

    private static TurnResult say(String user, String text) {
        return dialogs.turn("cli", user, text, Optional.<Language>empty());
    }

    private static List<String> proposed(String user) {
        return new PostgresConversationStore(database.dataSource())
                .load("cli:" + user).orElseThrow().question().orElseThrow().options().stream()
                        .map(Option::productId)
                        .toList();
    }

    /** A regular who has just asked what to buy, and the products proposed to her, most likely first. */
    private record Offer(String user, List<String> proposal) {}

    private static Offer offered() {
        String user = regular();
        say(user, "что купить на неделю");
        return new Offer(user, proposed(user));
    }

    private static List<String> cart(TurnResult result) {
        return result.cart().lines().stream().map(CartLine::productId).toList();
    }

    @Test
    void aRussianRegularIsOfferedHerUsualProductsWithHowOftenSheBuysThem() {
        String user = regular();

        TurnResult offer = say(user, "что купить на неделю");

        assertThat(offer.intent()).isEqualTo("replenish");
        assertThat(offer.reply().text())
                .startsWith("На неделю предлагаю: молоко Простоквашино пастеризованное — вы берёте раз в 3 дня")
                .endsWith("Добавить всё?");
        assertThat(offer.reply().buttons()).containsExactly("Добавить всё", "Первые три", "Нет");
        assertThat(proposed(user))
                .hasSize(8)
                .contains(MILK, LOAF, CHEESE, COFFEE, EGGS)
                .doesNotContain(GONE);
        assertThat(offer.reply().tts())
                .startsWith("На неделю предлагаю: молоко Простоквашино пастеризованное, вы берёте раз в 3 дня")
                .endsWith(" и ещё 3 на экране. Добавить всё?");
        assertThat(offer.cart().lines()).isEmpty();
    }

    @Test
    void addEverythingPutsTheWholeProposalIntoTheCartInOneGo() {
        Offer offer = offered();

        TurnResult added = say(offer.user(), "добавь всё");

        assertThat(cart(added)).containsExactlyInAnyOrderElementsOf(offer.proposal());
        assertThat(added.reply().text()).startsWith("Добавила молоко");
    }

    @Test
    void theFirstThreeAddsTheThreeMostLikely() {
        Offer offer = offered();

        TurnResult added = say(offer.user(), "добавь первые три");

        assertThat(cart(added))
                .containsExactlyInAnyOrderElementsOf(offer.proposal().subList(0, 3));
    }

    @Test
    void exceptCheeseAddsTheRestOfTheProposal() {
        Offer offer = offered();

        TurnResult added = say(offer.user(), "всё кроме сыра");

        assertThat(cart(added))
                .containsExactlyInAnyOrderElementsOf(offer.proposal().stream()
                        .filter(id -> !id.equals(CHEESE))
                        .toList());
    }

    @Test
    void namingSomeOfTheProposedProductsAddsJustThose() {
        String user = offered().user();

        TurnResult added = say(user, "добавь молоко и кофе");

        assertThat(cart(added)).containsExactlyInAnyOrder(MILK, COFFEE);
    }

    @Test
    void noDropsTheProposal() {
        String user = offered().user();

        TurnResult declined = say(user, "нет");

        assertThat(declined.reply().text()).isEqualTo("Хорошо, ничего не добавляю.");
        assertThat(say(user, "да").cart().lines()).isEmpty();
    }

    @Test
    void theProposalLeavesOutWhatTheCartHoldsAlready() {
        String user = regular();
        Identity identity = identity(user);
        new LocalCartClient(carts, notifications, identity.caller())
                .add(identity.cartId().toString(), MILK, BigDecimal.ONE, ChangeOptions.NONE);

        TurnResult offer = say(user, "что купить на неделю");

        assertThat(proposed(user)).doesNotContain(MILK).contains(LOAF, COFFEE);
        assertThat(offer.reply().text()).doesNotContain("молоко");
    }

    @Test
    void aHouseholdWithoutPurchasesIsToldToOrderFirst() {
        TurnResult offer = say("u-" + UUID.randomUUID(), "что купить на неделю");

        assertThat(offer.reply().text()).startsWith("Пока не знаю ваших покупок — сделайте пару заказов");
    }

    @Test
    void anEnglishRegularIsOfferedHerProductsInEnglishAndAddsThemAll() {
        String user = regular();

        TurnResult offer = say(user, "what should I restock");

        assertThat(offer.reply().text())
                .startsWith("For this week I suggest: Prostokvashino Pasteurised Milk — you buy it every 3 days")
                .endsWith("Add everything?");
        assertThat(offer.reply().tts()).doesNotContain(" — ");
        TurnResult added = say(user, "add everything except the cheese");
        assertThat(cart(added)).contains(MILK, LOAF, COFFEE).doesNotContain(CHEESE);
        assertThat(added.reply().text()).startsWith("Added ");
    }

    @Test
    void askingNotToBeOfferedPurchasesTurnsTheWeeklyOfferOff() {
        String user = regular();

        TurnResult answer = say(user, "не предлагай мне покупки");

        assertThat(answer.reply().text()).startsWith("Хорошо, больше не буду сама предлагать покупки.");
        assertThat(new PostgresWeeklyOffers(database.dataSource())
                        .optedOut(identity(user).caller().householdId().toString()))
                .isTrue();
    }
}
