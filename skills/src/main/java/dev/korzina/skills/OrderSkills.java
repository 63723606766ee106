package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartLine;
import dev.korzina.cart.VersionConflictException;
import dev.korzina.nlu.Language;
import dev.korzina.skills.Conversation.Kind;
import dev.korzina.skills.Conversation.Question;
import dev.korzina.skills.orders.Buyer;
import dev.korzina.skills.orders.EventOutcome;
import dev.korzina.skills.orders.Order;
import dev.korzina.skills.orders.OrderBook;
import dev.korzina.skills.orders.OrderStatus;
import dev.korzina.skills.push.NewsFeed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Checkout, order status, repeating a past order and the rating of a delivered one. */
final class OrderSkills {

    private static final Logger LOG = Logger.getLogger(OrderSkills.class.getName());
    private static final Pattern NOTICES_OFF =
            Pattern.compile("не (?:присылай|присылайте|надо|нужно|отправляй)(?: мне)?"
                    + " (?:уведомлени|оповещени|сообщени)|(?:отключи|выключи|отключить)(?:те)? (?:уведомлени|оповещени)"
                    + "|stop (?:sending )?(?:me )?(?:notifications|order updates)|turn off (?:the )?notifications"
                    + "|no more notifications");
    private static final Pattern NOTICES_ON =
            Pattern.compile("(?:включи|включите|верни)(?:те)? (?:уведомлени|оповещени)"
                    + "|turn (?:on (?:the )?notifications|notifications on)|send (?:me )?notifications again");

    private final OrderDesk desk;
    private final ProductNames names;
    private final Replies replies;
    private final OrderSpeech speech;
    private final Executor background;

    OrderSkills(OrderDesk desk, ProductNames names, Replies replies, Executor background) {
        this.desk = desk;
        this.names = names;
        this.replies = replies;
        this.speech = new OrderSpeech(desk.rules().zone());
        this.background = background;
    }

    /**
     * Reads the cart back with the store's terms and asks to place the order; refuses below the minimum order.
     */
    Outcome checkout(TurnContext turn) {
        Cart cart = turn.before();
        Language language = turn.language();
        if (cart.lines().isEmpty()) {
            return Outcome.say("checkout", say(turn, "checkout.empty"), turn.conversation());
        }
        BigDecimal total = cart.total();
        BigDecimal minimum = desk.rules().minimumOrder();
        if (total.compareTo(minimum) < 0) {
            String text = say(
                    turn,
                    "checkout.minimum",
                    money(language, minimum),
                    money(language, total),
                    money(language, minimum.subtract(total)));
            return Outcome.say("checkout", text, turn.conversation());
        }
        StringBuilder text =
                new StringBuilder(say(turn, "checkout.summary", lines(language, cart), money(language, total)));
        desk.rules().deliverySlot().ifPresent(slot -> text.append(say(turn, "checkout.slot", slot)));
        BigDecimal missing = desk.rules().freeDeliveryFrom().subtract(total);
        text.append(
                missing.signum() > 0
                        ? say(turn, "checkout.missing", money(language, missing))
                        : say(turn, "checkout.free"));
        text.append(say(turn, "checkout.ask"));
        Question question = new Question(Kind.CHECKOUT, List.of(), OptionalLong.of(cart.version()));
        return ask("checkout", text.toString(), turn, question);
    }

    /**
     * Places the order read back, if the cart is still as it was read: the cart's lines become the order's and the
     * cart empties in one step. A cart changed meanwhile is read back again.
     */
    Outcome placeOrder(TurnContext turn, Question question) {
        long version = question.ref().orElse(-1);
        Session session = turn.session();
        Buyer buyer = new Buyer(session.customerId(), session.householdId(), session.channel(), session.cartId());
        try {
            if (turn.before().version() != version) {
                throw new VersionConflictException(turn.before());
            }
            Order order = desk.tracker().book().place(buyer, version);
            // the order emptied the cart in its own transaction: read it so the turn reports the cart as it is
            session.cart().get(session.cartId());
            Order accepted = desk.tracker()
                    .apply(order.number(), desk.gateway().submit(order))
                    .map(EventOutcome::order)
                    .orElse(order);
            String placed = say(
                    turn,
                    "checkout.placed",
                    String.valueOf(order.number()),
                    lines(turn.language(), turn.before()),
                    money(turn.language(), order.total()));
            return Outcome.say("confirm", placed + " " + speech.status(accepted, turn.language()), turn.conversation());
        } catch (VersionConflictException e) {
            LOG.log(Level.FINE, "the cart changed before the order was placed", e);
            Outcome again = checkout(new TurnContext(session, turn.language(), turn.conversation(), e.current()));
            return new Outcome(
                    "confirm",
                    say(turn, "checkout.changed") + " " + again.text(),
                    again.buttons(),
                    false,
                    again.conversation());
        }
    }

    /**
     * Turns the household's notices off ("не присылай уведомления", "stop notifications") or on ("включи
     * уведомления", "turn notifications on") when the utterance asks for that.
     */
    Optional<Outcome> notices(TurnContext turn, String text) {
        String said = Replies.lower(text);
        boolean off = NOTICES_OFF.matcher(said).find();
        if (!off && !NOTICES_ON.matcher(said).find()) {
            return Optional.empty();
        }
        desk.news().setEnabled(turn.session().householdId(), !off);
        return Optional.of(
                Outcome.say("order_status", say(turn, off ? "notices.off" : "notices.on"), turn.conversation()));
    }

    /** Keeps the cart when the user does not want to order. */
    Outcome keep(TurnContext turn, String key) {
        return Outcome.say("deny", say(turn, key), turn.conversation());
    }

    /** Says where the named order or the household's current one is. */
    Outcome status(TurnContext turn, Optional<String> ref) {
        OrderBook book = desk.tracker().book();
        String household = turn.session().householdId();
        Optional<Long> number = ref.map(r -> r.replaceAll("\\D", ""))
                .filter(r -> !r.isEmpty() && r.length() < 18)
                .map(Long::parseLong);
        if (ref.isPresent()) {
            return Outcome.say(
                    "order_status",
                    number.flatMap(n -> book.find(household, n))
                            .map(o -> speech.status(o, turn.language()))
                            .orElseGet(() -> say(turn, "status.unknown", ref.get())),
                    turn.conversation());
        }
        List<Order> orders = book.orders(household);
        Optional<Order> current = orders.stream()
                .filter(o -> !o.status().isFinal())
                .findFirst()
                .or(() -> orders.stream().findFirst());
        return Outcome.say(
                "order_status",
                current.map(o -> speech.status(o, turn.language())).orElseGet(() -> say(turn, "status.none")),
                turn.conversation());
    }

    /** Fills the cart from the last delivered order; asks first when the cart is not empty. */
    Outcome repeat(TurnContext turn) {
        Optional<Order> last = desk.tracker().book().orders(turn.session().householdId()).stream()
                .filter(o -> o.status() == OrderStatus.DELIVERED)
                .findFirst();
        if (last.isEmpty()) {
            return Outcome.say("repeat_order", say(turn, "repeat.none"), turn.conversation());
        }
        Order order = last.get();
        if (turn.before().lines().isEmpty()) {
            return refill(turn, order);
        }
        String text = say(
                turn,
                "repeat.ask",
                lines(turn.language(), turn.before()),
                replies.count(
                        turn.language(),
                        "line",
                        BigDecimal.valueOf(order.lines().size())),
                String.valueOf(order.number()));
        return ask(
                "repeat_order",
                text,
                turn,
                new Question(Kind.REPEAT_ORDER, List.of(), OptionalLong.of(order.number())));
    }

    /** Adds the order asked about to the cart, after the user said yes. */
    Outcome repeatConfirmed(TurnContext turn, Question question) {
        return desk.tracker()
                .book()
                .find(turn.session().householdId(), question.ref().orElse(-1))
                .map(order -> refill(turn, order))
                .orElseGet(() -> Outcome.say("confirm", say(turn, "repeat.none"), turn.conversation()));
    }

    /** Stores the rating the user said, if they said one from 1 to 5. */
    Optional<Outcome> rate(TurnContext turn, Question question, String text) {
        Optional<Integer> rating = Counts.read(text)
                .filter(n -> n.compareTo(BigDecimal.ONE) >= 0 && n.compareTo(BigDecimal.valueOf(5)) <= 0)
                .map(BigDecimal::intValue);
        rating.ifPresent(r -> desk.tracker()
                .book()
                .rate(turn.session().householdId(), question.ref().orElse(-1), r));
        return rating.map(
                r -> Outcome.say("rate_order", say(turn, "feedback.thanks", String.valueOf(r)), turn.conversation()));
    }

    /**
     * What a household is to be told in this turn, read while the turn runs: its unheard notices and whether a
     * delivered order awaits a rating.
     *
     * @param household the household
     * @return the news, when read
     */
    CompletableFuture<NewsFeed.Fresh> news(String household) {
        return CompletableFuture.supplyAsync(() -> desk.news().fresh(household), background);
    }

    /**
     * Marks heard the notices a turn told, once its reply is ready.
     *
     * @param household the household
     * @param news what the turn read
     */
    void told(String household, NewsFeed.Fresh news) {
        desk.news().markHeard(household, news.through());
    }

    /**
     * The turn's reply with the news before it and, after a delivery, the rating question after it (the order is
     * taken only now, and only when the reply asks nothing else). A reply that is itself an order's status takes
     * the news without repeating it.
     *
     * @param turn the turn
     * @param outcome what the skill answered
     * @param fresh the news read while the turn ran
     * @return the outcome to send
     */
    Outcome withNews(TurnContext turn, Outcome outcome, NewsFeed.Fresh fresh) {
        boolean mayAsk = fresh.ratingDue()
                && !outcome.endSession()
                && outcome.conversation().questions().isEmpty();
        String news = speech.news(fresh.notices(), turn.language());
        Outcome told = news.isEmpty() || outcome.intent().equals("order_status")
                ? outcome
                : new Outcome(
                        outcome.intent(),
                        news + " " + outcome.text(),
                        outcome.speech().map(spoken -> news + " " + spoken),
                        outcome.buttons(),
                        outcome.endSession(),
                        outcome.conversation());
        Optional<Order> rated =
                mayAsk ? desk.tracker().book().takeFeedbackDue(turn.session().householdId()) : Optional.empty();
        return rated.map(order -> new Outcome(
                        told.intent(),
                        told.text() + " " + say(turn, "feedback.ask", String.valueOf(order.number())),
                        told.speech()
                                .map(spoken ->
                                        spoken + " " + say(turn, "feedback.ask", String.valueOf(order.number()))),
                        List.of("1", "2", "3", "4", "5"),
                        false,
                        new Conversation(
                                turn.language(),
                                told.conversation().lastProductId(),
                                List.of(new Question(Kind.RATE_ORDER, List.of(), OptionalLong.of(order.number()))))))
                .orElse(told);
    }

    private static BigDecimal quantity(Cart cart, String productId) {
        return cart.line(productId).map(CartLine::quantity).orElse(BigDecimal.ZERO);
    }

    private Outcome refill(TurnContext turn, Order order) {
        Cart after = turn.session()
                .cart()
                .apply(
                        turn.cartId(),
                        order.lines().stream()
                                .<CartChange>map(line -> new CartChange.Add(line.productId(), line.quantity()))
                                .toList());
        List<String> unavailable = order.lines().stream()
                .filter(line ->
                        quantity(after, line.productId()).compareTo(quantity(turn.before(), line.productId())) <= 0)
                .map(line -> Replies.shortName(line.name(), turn.language()))
                .toList();
        List<String> sentences = new ArrayList<>();
        CartDiff.between(turn.before(), after)
                .describe(replies, names, turn.language(), false)
                .ifPresent(sentences::add);
        if (!unavailable.isEmpty()) {
            sentences.add(say(turn, "repeat.unavailable", replies.join(turn.language(), unavailable)));
        }
        return Outcome.say("repeat_order", String.join(" ", sentences), turn.conversation());
    }

    private Outcome ask(String intent, String text, TurnContext turn, Question question) {
        Conversation next =
                new Conversation(turn.language(), turn.conversation().lastProductId(), List.of(question));
        return new Outcome(
                intent,
                text,
                List.of(replies.say(turn.language(), "yes"), replies.say(turn.language(), "no")),
                false,
                next);
    }

    private String lines(Language language, Cart cart) {
        return replies.count(language, "line", BigDecimal.valueOf(cart.lines().size()));
    }

    private String money(Language language, BigDecimal amount) {
        return replies.money(language, amount);
    }

    private String say(TurnContext turn, String key, Object... args) {
        return speech.say(turn.language(), key, args);
    }
}
