package dev.korzina.assistant.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.korzina.assistant.CatalogBootstrap;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.config.KorzinaConfig;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartLine;
import dev.korzina.catalog.Product;
import dev.korzina.catalog.imports.CatalogFormat;
import dev.korzina.catalog.imports.CatalogImporter;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.RuleBasedNlu;
import dev.korzina.skills.DialogEngine;
import dev.korzina.skills.Session;
import dev.korzina.skills.TranscriptEntry;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.Database;
import dev.korzina.store.DatabaseException;
import dev.korzina.store.PostgresProductStore;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.LocalCartClient;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.dialog.PostgresConversationStore;
import dev.korzina.store.dialog.PostgresNoteStore;
import dev.korzina.store.dialog.PostgresTranscriptStore;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted conversations through the engine API on a real embedded PostgreSQL and a real Lucene index. */
class DialogEngineIT {

    @TempDir
    static Path dataDir;

    private static KorzinaConfig config;
    private static Database database;
    private static LuceneCatalogSearch search;
    private static Nlu nlu;
    private static PostgresCartStore carts;
    private static CartNotifications notifications;
    private static PostgresIdentityStore identities;

    @BeforeAll
    static void start() throws Exception {
        config = TestServers.config(dataDir, Map.of());
        database = Database.start(config.db());
        PostgresProductStore products = new PostgresProductStore(database.dataSource());
        try (InputStream demo = CatalogBootstrap.openDemoCatalog()) {
            new CatalogImporter(products).importStream(demo, CatalogFormat.CSV, "demo", -1, ImportProgress.SILENT);
        }
        List<Product> all = products.findAll();
        search = LuceneCatalogSearch.inMemory(SynonymsFiles.load(Optional.empty()));
        search.rebuild(all);
        List<String> names = new ArrayList<>();
        for (Product product : all) {
            names.add(product.name());
            product.nameEn().ifPresent(names::add);
        }
        nlu = RuleBasedNlu.create(names);
        carts = new PostgresCartStore(database.dataSource(), TestServers.json(), config.cart());
        notifications = CartNotifications.start(database.dataSource(), carts);
        identities = new PostgresIdentityStore(database.dataSource());
    }

    @AfterAll
    static void stop() {
        notifications.close();
        search.close();
        database.close();
    }

    @Test
    void aRussianShopperAddsChoosesChangesUndoesAndClears() {
        Chat chat = new Chat(engine(), "alice", "u-" + UUID.randomUUID());

        TurnResult asked = chat.say("добавь масло");
        assertThat(asked.reply().text()).contains("первое", "второе").endsWith("?");
        assertThat(asked.reply().buttons()).hasSize(2);
        assertThat(lines(chat.say("второе"))).containsExactly("Масло подсолнечное*1");

        TurnResult added = chat.say("добавь кефир и два батона");
        assertThat(added.intent()).isEqualTo("add_items");
        assertThat(lines(added)).containsExactlyInAnyOrder("Масло подсолнечное*1", "Кефир*1", "Батон*2");
        assertThat(added.reply().text()).startsWith("Добавила кефир").contains("батон", "2 штуки");

        assertThat(lines(chat.say("сделай батонов пять"))).contains("Батон*5");
        TurnResult undone = chat.say("отмени");
        assertThat(lines(undone)).contains("Батон*2");
        assertThat(undone.reply().text()).startsWith("Отменила.");

        assertThat(chat.say("очисти корзину").reply().text()).contains("Да или нет?");
        assertThat(chat.say("нет").cart().lines()).hasSize(3);
        chat.say("очисти корзину");
        TurnResult cleared = chat.say("да");
        assertThat(cleared.cart().lines()).isEmpty();
        assertThat(cleared.reply().text()).endsWith("Корзина теперь пуста.");
    }

    @Test
    void anEnglishShopperGetsNotesSearchAndASummary() {
        Chat chat = new Chat(engine(), "web", "u-" + UUID.randomUUID());

        TurnResult noted = chat.say("add milk and unicorn steak");
        assertThat(lines(noted)).containsExactly("Молоко*1");
        assertThat(noted.notes()).containsExactly("unicorn steak");
        assertThat(noted.reply().text()).contains("note: unicorn steak");

        assertThat(chat.say("do you have kefir").reply().text())
                .startsWith("Yes, Prostokvashino Kefir")
                .contains("roubles");
        assertThat(chat.say("do you have unicorn steak").reply().text())
                .isEqualTo("Sorry, no unicorn steak in the store.");

        TurnResult summary = chat.say("what's in my cart");
        assertThat(summary.intent()).isEqualTo("show_cart");
        assertThat(summary.reply().text())
                .startsWith("1 item in the cart: Prostokvashino Milk")
                .contains("On the list: unicorn steak.");
        assertThat(summary.reply().tts().length()).isLessThan(200);

        assertThat(chat.say("remove unicorn steak").notes()).isEmpty();
        assertThat(chat.say("turn on the lights").reply().text()).isEqualTo("Sorry, I only help with shopping.");
        assertThat(chat.say("stop").reply().endSession()).isTrue();
    }

    @Test
    void anEnglishReplyNamesTheProductByItsEnglishNameWhileTheCartKeepsTheShelfName() {
        Chat chat = new Chat(engine(), "web", "u-" + UUID.randomUUID());

        TurnResult added = chat.say("add two loaves of borodinsky bread");

        assertThat(added.reply().text()).isEqualTo("Added Cheryomushki Borodinsky Rye Bread, 2 pieces.");
        assertThat(added.cart().lines().getFirst().name()).startsWith("Хлеб Бородинский");
    }

    @Test
    void undoRevertsEveryChangeOfTheLastChangingTurnEvenAfterARestart() {
        String user = "u-" + UUID.randomUUID();
        new Chat(engine(), "alice", user).say("добавь батон");
        new Chat(engine(), "alice", user).say("добавь кефир и сметану");
        new Chat(engine(), "alice", user).say("что в корзине");

        TurnResult undone = new Chat(engine(), "alice", user).say("отмени");

        assertThat(lines(undone)).containsExactly("Батон*1");
        assertThat(undone.reply().text()).startsWith("Отменила. Убрала кефир").contains("сметану");
    }

    @Test
    void aPendingQuestionSurvivesARestartOfTheEngine() {
        String user = "u-" + UUID.randomUUID();
        new Chat(engine(), "alice", user).say("добавь масло");

        TurnResult answered = new Chat(engine(), "alice", user).say("сливочное");

        assertThat(lines(answered)).containsExactly("Масло сливочное*1");
    }

    @Test
    void aTurnThatLeavesTheConversationAsItWasDoesNotRewriteItsState() throws SQLException {
        Chat chat = new Chat(engine(), "alice", "u-" + UUID.randomUUID());
        chat.say("добавь кефир");
        String written = lastWrite(chat.conversationId());

        assertThat(chat.say("что у меня в корзине").cart().lines()).hasSize(1);

        assertThat(lastWrite(chat.conversationId())).isEqualTo(written);
        assertThat(chat.say("добавь батон").cart().lines()).hasSize(2);
        assertThat(lastWrite(chat.conversationId())).isNotEqualTo(written);
    }

    @Test
    void twoMembersOfOneHouseholdShareTheCartButEachUndoesOnlyTheirOwnChange() {
        Chat husband = new Chat(engine(), "alice", "u-" + UUID.randomUUID());
        String wifeId = "u-" + UUID.randomUUID();
        Identity wife = identities.resolve("telegram", wifeId);
        HouseholdLinker linker =
                new HouseholdLinker(database.dataSource(), TestServers.json(), config.cart(), Clock.systemUTC());
        linker.redeem(wife.caller(), linker.issue(husband.identity().caller()).code());
        Chat wifeChat = new Chat(engine(), "telegram", wifeId);

        husband.say("добавь кефир");
        wifeChat.say("добавь батон");
        husband.say("добавь молоко");
        TurnResult wifeUndo = wifeChat.say("отмени");
        TurnResult husbandSees = husband.say("что в корзине");

        assertThat(lines(wifeUndo)).containsExactlyInAnyOrder("Кефир*1", "Молоко*1");
        assertThat(husbandSees.reply().text()).startsWith("В корзине 2 товара");
        assertThat(wifeChat.say("очисти корзину").reply().text()).endsWith("Да или нет?");
        TurnResult husbandYes = husband.say("да");
        assertThat(husbandYes.reply().text())
                .as("the question was asked in the other conversation")
                .isEqualTo("Хорошо.");
        assertThat(husbandYes.cart().lines()).hasSize(2);
    }

    @Test
    void everyTurnIsStoredWithWhatWasUnderstoodChangedAndAnswered() {
        Chat chat = new Chat(engine(), "alice", "u-" + UUID.randomUUID());

        chat.say("добавь молоко 2 литра");
        chat.say("включи свет");

        List<TranscriptEntry> turns = new PostgresTranscriptStore(database.dataSource())
                .ofCustomer(chat.identity().caller().customerId().toString());
        assertThat(turns)
                .extracting(TranscriptEntry::utterance)
                .containsExactly("добавь молоко 2 литра", "включи свет");
        TranscriptEntry added = turns.getFirst();
        assertThat(added.channel()).isEqualTo("alice");
        assertThat(added.language()).isEqualTo("ru");
        assertThat(added.intent()).isEqualTo("add_items");
        assertThat(added.items()).containsExactly("молоко 2 l");
        assertThat(added.cartDiff()).startsWith("+2 pcs ").contains("Молоко");
        assertThat(added.reply()).startsWith("Добавила молоко");
        assertThat(added.latency()).isPositive();
        assertThat(turns.get(1).intent()).isEqualTo("out_of_scope");
        assertThat(turns.get(1).cartDiff()).isEmpty();
    }

    @Test
    void takesTheHouseholdsUsualChoiceUntilFiveHundredLaterChangesHaveGoneBy() {
        Chat chat = new Chat(engine(), "web", "u-" + UUID.randomUUID());
        chat.say("добавь масло");
        chat.say("второе");
        assertThat(chat.say("добавь масло").reply().text()).doesNotContain("первое");

        List<CartChange> later = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            later.add(new CartChange.Add("d-0149", BigDecimal.ONE));
            later.add(new CartChange.Undo());
        }
        Identity identity = chat.identity();
        carts.changeAll(identity.caller(), identity.cartId().toString(), later);

        assertThat(chat.say("добавь масло").reply().text()).contains("первое", "второе");
    }

    @Test
    void aTurnWhoseConversationCannotBeReadFailsWithTheDatabaseErrorItself() {
        try (HikariDataSource down = unreachableDatabase()) {
            Chat chat = new Chat(engine(new PostgresConversationStore(down)), "web", "u-" + UUID.randomUUID());

            assertThatThrownBy(() -> chat.say("добавь молоко"))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("the conversation could not be read");
            assertThat(carts.get(
                                    chat.identity().caller(),
                                    chat.identity().cartId().toString())
                            .lines())
                    .isEmpty();
        }
    }

    @Test
    void aShopperIdentifiedWhileTheTurnStartsGetsTheirCartChanged() {
        Chat chat = new Chat(engine(), "alice", "u-" + UUID.randomUUID());

        TurnResult result =
                engine().handle(chat.conversationId(), chat::session, "добавь два батона", Optional.<Language>empty());

        assertThat(result.intent()).isEqualTo("add_items");
        assertThat(lines(result)).containsExactly("Батон*2");
    }

    @Test
    void aTurnWhoseShopperCannotBeIdentifiedFailsWithTheDatabaseErrorItself() {
        try (HikariDataSource down = unreachableDatabase()) {
            PostgresIdentityStore lost = new PostgresIdentityStore(down);

            assertThatThrownBy(() -> engine().handle(
                                    "alice:u-1",
                                    () -> {
                                        lost.resolve("alice", "u-1");
                                        throw new AssertionError("resolved without a database");
                                    },
                                    "добавь молоко",
                                    Optional.<Language>empty()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("the identity could not be read");
        }
    }

    /** The transaction that last wrote a conversation's row. */
    private static String lastWrite(String conversationId) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT xmin::text FROM conversations WHERE id = ?")) {
            select.setString(1, conversationId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    /** A pool whose database is never there: every connection attempt fails after 250 ms. */
    private static HikariDataSource unreachableDatabase() {
        HikariConfig unreachable = new HikariConfig();
        unreachable.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/korzina");
        unreachable.setInitializationFailTimeout(-1);
        unreachable.setConnectionTimeout(250);
        return new HikariDataSource(unreachable);
    }

    private static DialogEngine engine() {
        return engine(new PostgresConversationStore(database.dataSource()));
    }

    private static DialogEngine engine(PostgresConversationStore conversations) {
        return DialogEngine.builder()
                .nlu(nlu)
                .search(search)
                .conversations(conversations)
                .notes(new PostgresNoteStore(database.dataSource()))
                .transcripts(new PostgresTranscriptStore(database.dataSource()))
                .orders(OrderParts.wire(config.orders(), database.dataSource(), carts, Clock.systemUTC(), List.of())
                        .desk())
                .build();
    }

    private static List<String> lines(TurnResult result) {
        return result.cart().lines().stream().map(DialogEngineIT::line).toList();
    }

    private static String line(CartLine line) {
        return line.name().split(" ")[0]
                + (line.name().startsWith("Масло") ? " " + line.name().split(" ")[1] : "") + "*"
                + line.quantity().stripTrailingZeros().toPlainString();
    }

    /** One customer on one channel, talking to an engine. */
    private record Chat(DialogEngine engine, String channel, String externalId) {

        Identity identity() {
            return identities.resolve(channel, externalId);
        }

        String conversationId() {
            return channel + ":" + externalId;
        }

        Session session() {
            Identity identity = identity();
            return new Session(
                    conversationId(),
                    channel,
                    identity.caller().customerId().toString(),
                    identity.caller().householdId().toString(),
                    identity.cartId().toString(),
                    new LocalCartClient(carts, notifications, identity.caller()));
        }

        TurnResult say(String text) {
            return engine.handle(session(), text, Optional.<Language>empty());
        }
    }
}
