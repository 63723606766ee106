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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * Wires an engine.
     *
     * @param nlu understands the utterances
     * @param search finds the products the user names
     * @param conversations keeps each conversation's state
     * @param notes keeps the households' free-text list entries
     * @param transcripts keeps every turn for review
     * @param clock stamps the turns
     */
    public DialogEngine(
            Nlu nlu,
            CatalogSearch search,
            ConversationStore conversations,
            NoteStore notes,
            TranscriptStore transcripts,
            Clock clock) {
        this.nlu = nlu;
        this.conversations = conversations;
        this.notes = notes;
        this.transcripts = transcripts;
        this.clock = clock;
        this.replies = new Replies();
        this.skills = new CartSkills(new ProductResolver(search), new ProductNames(search), notes, replies);
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
        Instant at = clock.instant();
        long start = System.nanoTime();
        LatestCart cart = new LatestCart(caller.cart());
        Session session = caller.through(cart);
        Parse parse = nlu.parse(text, language);
        Conversation state =
                conversations.load(session.conversationId()).orElseGet(() -> Conversation.start(parse.language()));
        Conversation asked =
                new Conversation(parse.language(), state.lastProductId(), state.questions(), state.undoSteps());
        Conversation unasked = new Conversation(parse.language(), state.lastProductId(), List.of(), state.undoSteps());
        Cart before = session.cart().get(session.cartId());
        Outcome outcome = asked.question()
                .flatMap(q -> answer(new TurnContext(session, parse.language(), asked, before), q, parse))
                .orElseGet(() -> run(new TurnContext(session, parse.language(), unasked, before), parse));
        String tts = outcome.text().replace(" — ", ", ");
        Cart after = cart.latest().orElse(before);
        conversations.save(
                session.conversationId(), outcome.conversation().withUndoSteps(undoSteps(state, before, after, parse)));
        TurnResult result = new TurnResult(
                new Reply(outcome.text(), tts, outcome.buttons(), outcome.endSession()),
                outcome.intent(),
                after,
                notes.notes(session.householdId()));
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
        return result;
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
        return switch (intent) {
            case Intent.AddItems add -> skills.add(turn, add.items());
            case Intent.RemoveItems remove -> skills.remove(turn, remove.items());
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
            case Intent.Checkout checkout -> Outcome.say(intent.name(), say(turn, "not_yet"), state);
            case Intent.OrderStatus status -> Outcome.say(intent.name(), say(turn, "not_yet"), state);
            case Intent.RepeatOrder repeat -> Outcome.say(intent.name(), say(turn, "not_yet"), state);
            case Intent.Replenish replenish -> Outcome.say(intent.name(), say(turn, "not_yet"), state);
        };
    }

    private String say(TurnContext turn, String key) {
        return replies.say(turn.language(), key);
    }
}
