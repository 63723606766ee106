package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.catalog.search.CatalogSearch;
import dev.korzina.nlu.Intent;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.Parse;
import dev.korzina.skills.Conversation.Kind;
import dev.korzina.skills.Conversation.Question;
import dev.korzina.skills.push.NewsFeed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs one turn of a conversation: NLU, the answer to a pending question or the skill for the intent, the change
 * of the cart through {@link dev.korzina.cart.CartClient}, and a reply rendered from the actual change in the
 * user's language; every turn goes to the {@link TranscriptStore}. Thread-safe; the state of each conversation
 * lives in the {@link ConversationStore}.
 */
public final class DialogEngine {

    private final Nlu nlu;
    private final ConversationStore conversations;
    private final NoteStore notes;
    private final TranscriptStore transcripts;
    private final Clock clock;
    private final Replies replies;
    private final CartSkills skills;
    private final RestockSkill restock;
    private final OrderSkills orders;
    private final Executor background;

    private DialogEngine(Builder builder) {
        this.nlu = Objects.requireNonNull(builder.nlu, "nlu");
        this.conversations = Objects.requireNonNull(builder.conversations, "conversations");
        this.notes = Objects.requireNonNull(builder.notes, "notes");
        this.transcripts = Objects.requireNonNull(builder.transcripts, "transcripts");
        this.clock = builder.clock;
        this.replies = new Replies();
        CatalogSearch search = Objects.requireNonNull(builder.search, "search");
        ProductNames names = new ProductNames(search);
        this.skills = new CartSkills(new ProductResolver(search), names, notes, replies);
        this.restock = new RestockSkill(builder.restocking, skills, replies, clock);
        this.background = builder.background;
        this.orders = new OrderSkills(Objects.requireNonNull(builder.orders, "orders"), names, replies, background);
    }

    /**
     * Starts wiring an engine.
     *
     * @return a builder; NLU, search, the three stores and the order desk are required
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Wires a {@link DialogEngine}. */
    public static final class Builder {

        private Nlu nlu;
        private CatalogSearch search;
        private ConversationStore conversations;
        private NoteStore notes;
        private TranscriptStore transcripts;
        private Clock clock = Clock.systemUTC();
        private Restocking restocking = Restocking.none();
        private OrderDesk orders;
        private Executor background = task -> Thread.ofVirtual().start(task);

        private Builder() {}

        /** What understands the utterances. */
        public Builder nlu(Nlu nlu) {
            this.nlu = nlu;
            return this;
        }

        /** What finds the products the user names. */
        public Builder search(CatalogSearch search) {
            this.search = search;
            return this;
        }

        /** Where each conversation's state is kept. */
        public Builder conversations(ConversationStore conversations) {
            this.conversations = conversations;
            return this;
        }

        /** Where the households' free-text list entries are kept. */
        public Builder notes(NoteStore notes) {
            this.notes = notes;
            return this;
        }

        /** Where every turn is kept for review. */
        public Builder transcripts(TranscriptStore transcripts) {
            this.transcripts = transcripts;
            return this;
        }

        /** What stamps the turns and dates the predictions (default: the system's UTC clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The predictions for "что купить на неделю" (default: none, so the skill says it does not know yet). */
        public Builder restocking(Restocking restocking) {
            this.restocking = Objects.requireNonNull(restocking, "restocking");
            return this;
        }

        /** The orders, the store and the news for checkout, order status, repeat and feedback. */
        public Builder orders(OrderDesk orders) {
            this.orders = orders;
            return this;
        }

        /**
         * Runs the store reads and writes that a turn does alongside its own work (the caller is identified and its
         * conversation's state read while the utterance is parsed; the household's unheard notices and whether an
         * order awaits a rating are read with the cart; the state is saved, the notes read and the notices told
         * marked heard while the transcript is written), so their round trips to the database overlap. Default: a
         * new virtual thread for each.
         */
        public Builder background(Executor background) {
            this.background = Objects.requireNonNull(background, "background");
            return this;
        }

        /**
         * The engine.
         *
         * @return the wired engine
         * @throws NullPointerException when a required part is missing
         */
        public DialogEngine build() {
            return new DialogEngine(this);
        }
    }

    /**
     * Handles one utterance.
     *
     * @param caller who is talking and their cart
     * @param text what they said or typed
     * @param language its language, or empty to detect it
     * @return the reply, the intent, the cart and the notes after the turn
     */
    public TurnResult handle(Session caller, String text, Optional<Language> language) {
        return handle(caller.conversationId(), CompletableFuture.completedFuture(caller), text, language);
    }

    /**
     * Handles one utterance of a caller still to be identified: who is talking is resolved (in the background) while
     * the conversation's state is read and the utterance parsed.
     *
     * @param conversationId the conversation's key, which the resolved session has too
     * @param caller resolves who is talking and their cart
     * @param text what they said or typed
     * @param language its language, or empty to detect it
     * @return the reply, the intent, the cart and the notes after the turn
     * @throws IllegalArgumentException when the resolved session is of another conversation
     */
    public TurnResult handle(
            String conversationId, Supplier<Session> caller, String text, Optional<Language> language) {
        return handle(conversationId, CompletableFuture.supplyAsync(caller, background), text, language);
    }

    private TurnResult handle(
            String conversationId, CompletableFuture<Session> caller, String text, Optional<Language> language) {
        Instant at = clock.instant();
        long start = System.nanoTime();
        CompletableFuture<Optional<Conversation>> stored =
                CompletableFuture.supplyAsync(() -> conversations.load(conversationId), background);
        Parse parse = nlu.parse(text, language);
        Session resolved = Background.join(caller);
        if (!resolved.conversationId().equals(conversationId)) {
            throw new IllegalArgumentException(
                    "the caller's conversation is " + resolved.conversationId() + ", not " + conversationId);
        }
        LatestCart cart = new LatestCart(resolved.cart());
        Session session = resolved.through(cart);
        CompletableFuture<NewsFeed.Fresh> news = orders.news(session.householdId());
        Cart before = session.cart().get(session.cartId());
        Optional<Conversation> previous = Background.join(stored);
        Conversation state = previous.orElseGet(() -> Conversation.start(parse.language()));
        Conversation asked =
                new Conversation(parse.language(), state.lastProductId(), state.questions(), state.undoSteps());
        Conversation unasked = new Conversation(parse.language(), state.lastProductId(), List.of(), state.undoSteps());
        Outcome answered = asked.question()
                .flatMap(q -> answer(new TurnContext(session, parse.language(), asked, before), q, parse))
                .orElseGet(() -> run(new TurnContext(session, parse.language(), unasked, before), parse));
        NewsFeed.Fresh told = Background.join(news);
        Outcome outcome = orders.withNews(new TurnContext(session, parse.language(), unasked, before), answered, told);
        String tts = outcome.speech().orElse(outcome.text()).replace(" — ", ", ");
        Cart after = cart.latest().orElse(before);
        Conversation next = outcome.conversation().withUndoSteps(undoSteps(state, before, after, parse));
        CompletableFuture<Void> saved = previous.filter(next::equals).isPresent()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> conversations.save(session.conversationId(), next), background);
        CompletableFuture<List<String>> noted =
                CompletableFuture.supplyAsync(() -> notes.notes(session.householdId()), background);
        CompletableFuture<Void> heard = told.notices().isEmpty()
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> orders.told(session.householdId(), told), background);
        transcripts.record(new TranscriptEntry(
                at,
                session.channel(),
                session.customerId(),
                session.householdId(),
                text,
                parse.language().code(),
                outcome.intent(),
                parse.intent().items().stream()
                        .map(i -> i.product() + " " + Replies.plain(i.quantity()) + " "
                                + i.unit().code())
                        .toList(),
                CartDiff.between(before, after).log(),
                outcome.text(),
                Duration.ofNanos(System.nanoTime() - start)));
        Background.join(saved);
        Background.join(heard);
        return new TurnResult(
                new Reply(outcome.text(), tts, outcome.buttons(), outcome.endSession()),
                outcome.intent(),
                after,
                Background.join(noted));
    }

    /**
     * How many changes "отмени" reverts next: all those of the last turn that changed the cart (counted by cart
     * versions), one at a time after an undo.
     */
    private static int undoSteps(Conversation state, Cart before, Cart after, Parse parse) {
        if (parse.intent() instanceof Intent.Undo) {
            return 1;
        }
        long changes = after.version() - before.version();
        return changes > 0 ? (int) changes : state.undoSteps();
    }

    private Optional<Outcome> answer(TurnContext turn, Question question, Parse parse) {
        List<Question> rest = turn.conversation()
                .questions()
                .subList(1, turn.conversation().questions().size());
        TurnContext after = new TurnContext(
                turn.session(),
                turn.language(),
                new Conversation(turn.language(), turn.conversation().lastProductId(), rest),
                turn.before());
        if (question.kind() == Kind.RESTOCK) {
            return restock.answer(after, question, parse);
        }
        if (question.kind() == Kind.RATE_ORDER) {
            if (parse.intent() instanceof Intent.Deny) {
                return Optional.of(Outcome.say("deny", say(turn, "nothing.asked"), after.conversation()));
            }
            return parse.intent().items().isEmpty() ? orders.rate(after, question, parse.text()) : Optional.empty();
        }
        if (question.kind() == Kind.CHECKOUT || question.kind() == Kind.REPEAT_ORDER) {
            boolean checkout = question.kind() == Kind.CHECKOUT;
            return switch (parse.intent()) {
                case Intent.Confirm confirm ->
                    Optional.of(
                            checkout ? orders.placeOrder(after, question) : orders.repeatConfirmed(after, question));
                case Intent.Deny deny -> Optional.of(orders.keep(after, checkout ? "checkout.kept" : "repeat.kept"));
                default -> Optional.empty();
            };
        }
        if (question.kind() == Kind.CLEAR_CART) {
            return switch (parse.intent()) {
                case Intent.Confirm confirm -> Optional.of(skills.clear(after));
                case Intent.Deny deny ->
                    Optional.of(Outcome.say("deny", say(turn, "clear.kept"), after.conversation()));
                default -> Optional.empty();
            };
        }
        String naming = parse.intent().items().isEmpty()
                ? parse.text()
                : String.join(
                        " ", parse.intent().items().stream().map(Item::product).toList());
        Optional<Integer> picked = Choices.pick(parse.text(), naming, question.options());
        if (picked.isEmpty() && parse.intent() instanceof Intent.Confirm) {
            picked = Optional.of(0);
        }
        if (picked.isPresent()) {
            return Optional.of(skills.choose(after, question.options().get(picked.get()), rest));
        }
        if (parse.intent() instanceof Intent.Deny) {
            return Optional.of(skills.skip(after, rest));
        }
        return Optional.empty();
    }

    private Outcome run(TurnContext turn, Parse parse) {
        Conversation state = turn.conversation();
        Intent intent = parse.intent();
        if (Choices.onlyPicks(parse.text())) {
            return Outcome.say(intent.name(), say(turn, "choice.unasked"), state);
        }
        Optional<Replacement> replacement =
                intent instanceof Intent.SetQuantity ? Optional.empty() : Replacement.in(parse.text());
        if (replacement.isPresent()) {
            return skills.replace(
                    turn,
                    itemsOf(say(turn, "replace.out") + " " + replacement.get().from(), turn),
                    itemsOf(say(turn, "replace.in") + " " + replacement.get().to(), turn));
        }
        Optional<Outcome> notices = orders.notices(turn, parse.text());
        if (notices.isPresent()) {
            return notices.get();
        }
        Optional<Outcome> optedOut = restock.optOut(turn, parse.text());
        if (optedOut.isPresent()) {
            return optedOut.get();
        }
        return switch (intent) {
            case Intent.AddItems add ->
                add.items().isEmpty()
                        ? skills.addLast(turn, Counts.read(parse.text()).orElse(BigDecimal.ONE))
                        : skills.add(turn, add.items());
            case Intent.RemoveItems remove -> skills.remove(turn, remove.items(), parse.text());
            case Intent.SetQuantity set -> skills.setQuantity(turn, set.items(), parse.text());
            case Intent.SearchProduct search -> skills.search(turn, search.items());
            case Intent.ShowCart show -> skills.show(turn);
            case Intent.ClearCart clear -> skills.askClear(turn);
            case Intent.Undo undo -> skills.undo(turn);
            case Intent.Help help -> Outcome.say(intent.name(), say(turn, "help"), state);
            case Intent.Stop stop -> new Outcome(intent.name(), say(turn, "stop"), List.of(), true, state);
            case Intent.Confirm confirm -> Outcome.say(intent.name(), say(turn, "nothing.asked"), state);
            case Intent.Deny deny -> Outcome.say(intent.name(), say(turn, "nothing.asked"), state);
            case Intent.OutOfScope out -> Outcome.say(intent.name(), say(turn, "out_of_scope"), state);
            case Intent.Checkout checkout -> orders.checkout(turn);
            case Intent.OrderStatus status -> orders.status(turn, status.orderRef());
            case Intent.RepeatOrder repeat -> orders.repeat(turn);
            case Intent.Replenish replenish -> restock.propose(turn);
        };
    }

    /** The products a request names, as the NLU reads them in the turn's language. */
    private List<Item> itemsOf(String request, TurnContext turn) {
        return nlu.parse(request, Optional.of(turn.language())).intent().items();
    }

    private String say(TurnContext turn, String key) {
        return replies.say(turn.language(), key);
    }
}
