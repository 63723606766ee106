package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.CartEvent;
import dev.korzina.cart.CartLine;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.cart.ProductNotFoundException;
import dev.korzina.cart.VersionConflictException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CartClient} must do, written once; each implementation runs it against a real server or
 * database by saying how to connect a fresh identity.
 */
abstract class CartClientContract {

    static final String MILK = "d-0001";
    static final String OTHER_MILK = "d-0002";
    static final String BANANAS = "d-0149";

    /**
     * A client acting for a channel identity, and its household's cart.
     *
     * @param client the client
     * @param cartId the cart
     */
    record Connected(CartClient client, String cartId) {}

    /** A client for a new identity, which gets a household and cart of its own. */
    abstract Connected connect(String channel, String externalId);

    private Connected fresh() {
        return connect("web", "contract-" + UUID.randomUUID());
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void addsAProductWithItsNamePriceAndTotal() {
        Connected me = fresh();

        Cart cart = me.client().add(me.cartId(), MILK, qty("2"), ChangeOptions.NONE);

        assertThat(cart.version()).isEqualTo(1);
        CartLine line = cart.line(MILK).orElseThrow();
        assertThat(line.name()).startsWith("Молоко Простоквашино");
        assertThat(line.quantity()).isEqualByComparingTo("2");
        assertThat(line.unit()).isEqualTo("pcs");
        assertThat(cart.total()).isEqualByComparingTo(line.price().multiply(qty("2")));
    }

    @Test
    void addingAProductAlreadyInTheCartIncreasesItsQuantity() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

        Cart cart = me.client().add(me.cartId(), MILK, qty("2"), ChangeOptions.NONE);

        assertThat(cart.lines()).hasSize(1);
        assertThat(cart.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("3");
    }

    @Test
    void setsAQuantityAndZeroRemovesTheLine() {
        Connected me = fresh();
        Cart cart = me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        String lineId = cart.line(MILK).orElseThrow().lineId();

        Cart three = me.client().setQuantity(me.cartId(), lineId, qty("3"), ChangeOptions.NONE);
        Cart none = me.client().setQuantity(me.cartId(), lineId, BigDecimal.ZERO, ChangeOptions.NONE);

        assertThat(three.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("3");
        assertThat(none.lines()).isEmpty();
    }

    @Test
    void removesOneLineAndClearsTheRest() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        Cart both = me.client().add(me.cartId(), OTHER_MILK, qty("1"), ChangeOptions.NONE);

        Cart one = me.client().remove(me.cartId(), both.line(MILK).orElseThrow().lineId(), ChangeOptions.NONE);
        Cart empty = me.client().clear(me.cartId(), ChangeOptions.NONE);

        assertThat(one.lines()).extracting(CartLine::productId).containsExactly(OTHER_MILK);
        assertThat(empty.lines()).isEmpty();
        assertThat(empty.total()).isEqualByComparingTo("0");
    }

    @Test
    void sellsLooseProduceByTheKilogram() {
        Connected me = fresh();

        Cart cart = me.client().add(me.cartId(), BANANAS, qty("1.5"), ChangeOptions.NONE);

        assertThat(cart.line(BANANAS).orElseThrow().unit()).isEqualTo("kg");
        assertThat(cart.line(BANANAS).orElseThrow().quantity()).isEqualByComparingTo("1.5");
    }

    @Test
    void refusesHalfAPieceNamingTheField() {
        Connected me = fresh();

        assertThatThrownBy(() -> me.client().add(me.cartId(), MILK, qty("0.5"), ChangeOptions.NONE))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.field()).contains("quantity"));
    }

    @Test
    void refusesAQuantityAboveTheMaximum() {
        Connected me = fresh();

        assertThatThrownBy(() -> me.client().add(me.cartId(), MILK, qty("1000"), ChangeOptions.NONE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most");
    }

    @Test
    void refusesAnAdditionThatWouldTakeALineAboveTheMaximumAndKeepsTheLine() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("60"), ChangeOptions.NONE);

        assertThatThrownBy(() -> me.client().add(me.cartId(), MILK, qty("40"), ChangeOptions.NONE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most");
        Cart cart = me.client().get(me.cartId());
        assertThat(cart.version()).isEqualTo(1);
        assertThat(cart.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("60");
    }

    @Test
    void appliesSeveralChangesInOrderEachAsAVersionOfItsOwn() {
        Connected me = fresh();

        Cart cart = me.client()
                .apply(
                        me.cartId(),
                        List.of(new CartChange.Add(MILK, qty("2")), new CartChange.Add(BANANAS, qty("1.5"))));

        assertThat(cart.version()).isEqualTo(2);
        assertThat(cart.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("2");
        assertThat(cart.line(BANANAS).orElseThrow().quantity()).isEqualByComparingTo("1.5");
        assertThat(me.client().events(me.cartId(), 0))
                .extracting(CartEvent::type)
                .containsExactly("line_added", "line_added");
    }

    @Test
    void skipsTheChangesTheCartRefusesAndAppliesTheOthers() {
        Connected me = fresh();

        Cart cart = me.client()
                .apply(
                        me.cartId(),
                        List.of(
                                new CartChange.Add(MILK, qty("1")),
                                new CartChange.Add("no-such-product", qty("1")),
                                new CartChange.Add(MILK, qty("1000")),
                                new CartChange.Remove(UUID.randomUUID().toString()),
                                new CartChange.Add(OTHER_MILK, qty("1"))));

        assertThat(cart.version()).isEqualTo(2);
        assertThat(cart.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("1");
        assertThat(cart.line(OTHER_MILK)).isPresent();
    }

    @Test
    void undoesSeveralChangesOneAfterAnotherInOneCall() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        me.client().add(me.cartId(), BANANAS, qty("2"), ChangeOptions.NONE);

        Cart cart = me.client().apply(me.cartId(), List.of(new CartChange.Undo(), new CartChange.Undo()));

        assertThat(cart.lines()).isEmpty();
        assertThat(cart.version()).isEqualTo(4);
    }

    @Test
    void anUnknownProductIsNotFoundAndChangesNothing() {
        Connected me = fresh();

        assertThatThrownBy(() -> me.client().add(me.cartId(), "no-such-product", qty("1"), ChangeOptions.NONE))
                .isInstanceOf(ProductNotFoundException.class);
        assertThat(me.client().get(me.cartId()).version()).isZero();
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentCart() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

        assertThatThrownBy(() -> me.client().add(me.cartId(), OTHER_MILK, qty("1"), ChangeOptions.ifMatch(0)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.current().version()).isEqualTo(1);
                    assertThat(e.current().lines()).hasSize(1);
                });
    }

    @Test
    void theCurrentVersionIsAccepted() {
        Connected me = fresh();
        Cart cart = me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

        Cart after = me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.ifMatch(cart.version()));

        assertThat(after.version()).isEqualTo(cart.version() + 1);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndChangesNothing() {
        Connected me = fresh();
        String key = UUID.randomUUID().toString();

        Cart first = me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.idempotent(key));
        Cart again = me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.idempotent(key));

        assertThat(again).isEqualTo(first);
        assertThat(me.client().get(me.cartId()).line(MILK).orElseThrow().quantity())
                .isEqualByComparingTo("1");
    }

    @Test
    void fiftyConcurrentIncrementsAllCount() throws Exception {
        Connected me = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Cart>> done = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                done.add(pool.submit(() -> me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE)));
            }
            for (Future<Cart> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        Cart cart = me.client().get(me.cartId());
        assertThat(cart.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("50");
        assertThat(cart.version()).isEqualTo(50);
        assertThat(me.client().events(me.cartId(), 0))
                .extracting(CartEvent::version)
                .doesNotHaveDuplicates()
                .hasSize(50);
    }

    @Test
    void undoRevertsTheLastChangeExactly() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("2"), ChangeOptions.NONE);
        me.client().add(me.cartId(), OTHER_MILK, qty("1"), ChangeOptions.NONE);
        me.client().add(me.cartId(), MILK, qty("3"), ChangeOptions.NONE);

        Cart once = me.client().undo(me.cartId(), ChangeOptions.NONE);
        Cart twice = me.client().undo(me.cartId(), ChangeOptions.NONE);

        assertThat(once.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("2");
        assertThat(twice.lines()).extracting(CartLine::productId).containsExactly(MILK);
    }

    @Test
    void undoBringsBackAClearedCart() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("2"), ChangeOptions.NONE);
        me.client().add(me.cartId(), BANANAS, qty("0.5"), ChangeOptions.NONE);
        me.client().clear(me.cartId(), ChangeOptions.NONE);

        Cart restored = me.client().undo(me.cartId(), ChangeOptions.NONE);

        assertThat(restored.line(MILK).orElseThrow().quantity()).isEqualByComparingTo("2");
        assertThat(restored.line(BANANAS).orElseThrow().quantity()).isEqualByComparingTo("0.5");
    }

    @Test
    void nothingToUndoIsAClearError() {
        Connected me = fresh();

        assertThatThrownBy(() -> me.client().undo(me.cartId(), ChangeOptions.NONE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("nothing");
    }

    @Test
    void theChangeLogSaysWhoChangedWhatThroughWhichChannel() {
        Connected me = connect("alice", "speaker-" + UUID.randomUUID());
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

        List<CartEvent> events = me.client().events(me.cartId(), 0);

        assertThat(events).extracting(CartEvent::type).containsExactly("line_added", "quantity_changed");
        assertThat(events).allSatisfy(e -> assertThat(e.by().channel()).isEqualTo("alice"));
        assertThat(me.client().events(me.cartId(), 1)).hasSize(1);
    }

    @Test
    void countsEachProductAddedAsANewLineAfterAVersion() {
        Connected me = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
        Cart withBananas = me.client().add(me.cartId(), BANANAS, qty("0.5"), ChangeOptions.NONE);
        me.client().remove(me.cartId(), withBananas.line(MILK).orElseThrow().lineId(), ChangeOptions.NONE);
        me.client().add(me.cartId(), MILK, qty("2"), ChangeOptions.NONE);

        assertThat(me.client().additions(me.cartId(), 0)).containsOnly(entry(MILK, 2), entry(BANANAS, 1));
        assertThat(me.client().additions(me.cartId(), 3)).containsOnly(entry(MILK, 1));
    }

    @Test
    void anotherHouseholdsAdditionsAreForbidden() {
        Connected me = fresh();
        Connected stranger = fresh();
        me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

        assertThatThrownBy(() -> stranger.client().additions(me.cartId(), 0)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherHouseholdsCartIsForbidden() {
        Connected me = fresh();
        Connected stranger = fresh();

        assertThatThrownBy(() -> stranger.client().get(me.cartId())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> stranger.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aSubscriberHearsTheCartAndEveryLaterChange() {
        Connected me = fresh();
        List<Cart> heard = new CopyOnWriteArrayList<>();

        try (CartClient.Subscription subscription = me.client().subscribe(me.cartId(), heard::add)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);
            me.client().add(me.cartId(), MILK, qty("1"), ChangeOptions.NONE);

            await().atMost(Duration.ofSeconds(10)).until(() -> heard.getLast().version() == 2);
        }
        assertThat(heard.getFirst().version()).isZero();
        assertThat(heard.getLast().line(MILK).orElseThrow().quantity()).isEqualByComparingTo("2");
    }
}
