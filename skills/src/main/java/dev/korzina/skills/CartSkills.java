package dev.korzina.skills;

import dev.korzina.cart.Cart;
import dev.korzina.cart.CartChange;
import dev.korzina.cart.CartLine;
import dev.korzina.catalog.Product;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Unit;
import dev.korzina.skills.Conversation.Kind;
import dev.korzina.skills.Conversation.Option;
import dev.korzina.skills.Conversation.Question;
import dev.korzina.skills.ProductResolver.Resolution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The skills that read or change the cart and the household's notes. Each reply says what actually changed. */
final class CartSkills {

    /** The cart summary names at most this many lines; screens show the full list. */
    private static final int SPOKEN_LINES = 3;

    private static final int REMEMBERED_CHANGES = 500;

    private final ProductResolver resolver;
    private final ProductNames names;
    private final NoteStore notes;
    private final Replies replies;

    CartSkills(ProductResolver resolver, ProductNames names, NoteStore notes, Replies replies) {
        this.resolver = resolver;
        this.names = names;
        this.notes = notes;
        this.replies = replies;
    }

    /**
     * Adds more of the product last spoken about ("добавь ещё одну такую", "тогда добавь два"); asks what to add
     * when nothing was spoken about yet.
     */
    Outcome addLast(TurnContext turn, BigDecimal count) {
        return turn.conversation()
                .lastProductId()
                .map(id -> changed(
                        turn, "add_items", List.of(), turn.conversation(), List.of(new CartChange.Add(id, count))))
                .orElseGet(() -> Outcome.say("add_items", say(turn, "add.what"), turn.conversation()));
    }

    /** Adds items: resolved ones go into the cart, ambiguous ones become questions, unknown ones notes. */
    Outcome add(TurnContext turn, List<Item> items) {
        if (items.isEmpty()) {
            return addLast(turn, BigDecimal.ONE);
        }
        Map<String, Integer> bought = bought(turn);
        List<Question> questions = new ArrayList<>();
        List<String> noted = new ArrayList<>();
        List<CartChange> changes = new ArrayList<>();
        Optional<String> last = turn.conversation().lastProductId();
        for (Item item : items) {
            switch (resolver.resolve(item, bought)) {
                case Resolution.Found found -> {
                    Product product = found.product();
                    BigDecimal quantity = Packs.quantity(item, product);
                    changes.add(new CartChange.Add(product.id(), quantity));
                    last = Optional.of(product.id());
                }
                case Resolution.Ask ask ->
                    questions.add(new Question(
                            Kind.CHOOSE,
                            ask.options().stream()
                                    .map(p -> new Option(
                                            p.id(), ProductNames.of(p, turn.language()), Packs.quantity(item, p)))
                                    .toList()));
                case Resolution.NotFound notFound -> {
                    notes.add(turn.session().householdId(), item.product());
                    noted.add(item.product());
                }
            }
        }
        Conversation next = new Conversation(turn.language(), last, questions);
        Outcome outcome = changed(turn, "add_items", noted, next, changes);
        return withQuestion(turn, outcome, next);
    }

    /** Adds the option the user picked, then asks the next question, if any. */
    Outcome choose(TurnContext turn, Option option, List<Question> rest) {
        Conversation next = new Conversation(turn.language(), Optional.of(option.productId()), rest);
        Outcome outcome = changed(
                turn, "add_items", List.of(), next, List.of(new CartChange.Add(option.productId(), option.quantity())));
        return withQuestion(turn, outcome, next);
    }

    /** Adds offered products in one go ("добавь всё" to a proposal) and says what actually changed. */
    Outcome addAll(TurnContext turn, List<Option> options, Conversation next) {
        return changed(
                turn,
                "add_items",
                List.of(),
                next,
                options.stream()
                        .<CartChange>map(o -> new CartChange.Add(o.productId(), o.quantity()))
                        .toList());
    }

    /** Drops the question asked now and asks the next one, if any. */
    Outcome skip(TurnContext turn, List<Question> rest) {
        Conversation next =
                new Conversation(turn.language(), turn.conversation().lastProductId(), rest);
        return withQuestion(turn, Outcome.say("deny", say(turn, "choose.skipped"), next), next);
    }

    /** Removes the lines of the items, or the notes of that name; "убери его" removes the last product. */
    Outcome remove(TurnContext turn, List<Item> items, String text) {
        List<CartChange> changes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unnoted = new ArrayList<>();
        Optional<BigDecimal> count = Counts.read(text);
        for (Item item : items) {
            Optional<CartLine> line = lineFor(turn, item.product());
            if (line.isPresent()) {
                BigDecimal stated = count.isPresent() || item.quantity().compareTo(BigDecimal.ONE) != 0
                        ? item.quantity()
                        : line.get().quantity();
                changes.add(removal(line.get(), stated, item.unit()));
            } else if (notes.remove(turn.session().householdId(), item.product())) {
                unnoted.add(item.product());
            } else {
                missing.add(item.product());
            }
        }
        if (items.isEmpty()) {
            turn.conversation()
                    .lastProductId()
                    .flatMap(id -> turn.before().line(id))
                    .ifPresent(l -> changes.add(removal(l, count.orElse(l.quantity()), Unit.PCS)));
        }
        Outcome outcome = changed(turn, "remove_items", List.of(), turn.conversation(), changes);
        List<String> extra = new ArrayList<>();
        if (!unnoted.isEmpty()) {
            extra.add(say(turn, "note.removed", replies.join(turn.language(), unnoted)));
        }
        if (!missing.isEmpty()) {
            extra.add(say(turn, "remove.missing", replies.join(turn.language(), missing)));
        }
        return extra.isEmpty() ? outcome : append(outcome, String.join(" ", extra), !changes.isEmpty());
    }

    /**
     * Swaps products: takes the lines of the first ones out of the cart and adds the second ones as an addition would
     * (asking which one when that is unclear); says both.
     */
    Outcome replace(TurnContext turn, List<Item> out, List<Item> in) {
        Outcome removed = remove(turn, out, "");
        Cart between = turn.session().cart().get(turn.cartId());
        Outcome added = add(new TurnContext(turn.session(), turn.language(), turn.conversation(), between), in);
        return new Outcome(
                "add_items", removed.text() + " " + added.text(), added.buttons(), false, added.conversation());
    }

    /**
     * Sets how many of a product the cart holds; when none of the products is in the cart, adds them. Without a
     * product ("сделай две") the count applies to the product last spoken about.
     */
    Outcome setQuantity(TurnContext turn, List<Item> items, String text) {
        if (items.isEmpty()) {
            Optional<CartLine> line = turn.conversation()
                    .lastProductId()
                    .flatMap(id -> turn.before().line(id));
            Optional<BigDecimal> count = Counts.read(text);
            if (line.isEmpty() || count.isEmpty()) {
                return Outcome.say("set_quantity", say(turn, "set.what"), turn.conversation());
            }
            return changed(
                    turn,
                    "set_quantity",
                    List.of(),
                    turn.conversation(),
                    List.of(new CartChange.SetQuantity(
                            line.get().lineId(), count.get().min(Packs.MAX))));
        }
        List<CartChange> changes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Optional<String> last = turn.conversation().lastProductId();
        for (Item item : items) {
            Optional<CartLine> line = lineFor(turn, item.product());
            if (line.isPresent()) {
                BigDecimal quantity = resolver.candidates(item.product(), Map.of()).stream()
                        .filter(p -> p.id().equals(line.get().productId()))
                        .findFirst()
                        .map(p -> Packs.quantity(item, p))
                        .orElse(item.quantity().min(Packs.MAX));
                changes.add(new CartChange.SetQuantity(line.get().lineId(), quantity));
                last = Optional.of(line.get().productId());
            } else {
                missing.add(item.product());
            }
        }
        if (changes.isEmpty()) {
            Outcome added = add(turn, items);
            return new Outcome("set_quantity", added.text(), added.buttons(), added.endSession(), added.conversation());
        }
        Conversation next = new Conversation(turn.language(), last, List.of());
        Outcome outcome = changed(turn, "set_quantity", List.of(), next, changes);
        return missing.isEmpty()
                ? outcome
                : append(outcome, say(turn, "remove.missing", replies.join(turn.language(), missing)), true);
    }

    /** Says what is in the cart: how many lines, the first few and the total; and the notes. */
    Outcome show(TurnContext turn) {
        Cart cart = turn.before();
        List<String> sentences = new ArrayList<>();
        if (cart.lines().isEmpty()) {
            sentences.add(say(turn, "cart.empty"));
        } else {
            List<String> spoken = cart.lines().stream()
                    .limit(SPOKEN_LINES)
                    .map(l -> CartDiff.amount(replies, names, turn.language(), l))
                    .toList();
            String more = cart.lines().size() > SPOKEN_LINES
                    ? say(turn, "cart.more", cart.lines().size() - SPOKEN_LINES)
                    : "";
            String lines = replies.count(
                    turn.language(), "line", BigDecimal.valueOf(cart.lines().size()));
            boolean priced = cart.lines().stream().anyMatch(line -> line.price() != null);
            sentences.add(
                    priced
                            ? say(
                                    turn,
                                    "cart.summary",
                                    lines,
                                    String.join(", ", spoken) + more,
                                    replies.money(turn.language(), cart.total()))
                            : say(turn, "cart.summary.unpriced", lines, String.join(", ", spoken) + more));
        }
        List<String> list = notes.notes(turn.session().householdId());
        if (!list.isEmpty()) {
            sentences.add(say(turn, "cart.notes", String.join(", ", list)));
        }
        return Outcome.say("show_cart", String.join(" ", sentences), turn.conversation());
    }

    /** Asks before emptying a cart that has something in it. */
    Outcome askClear(TurnContext turn) {
        if (turn.before().lines().isEmpty()) {
            return Outcome.say("clear_cart", say(turn, "cart.empty"), turn.conversation());
        }
        Conversation next = new Conversation(
                turn.language(),
                turn.conversation().lastProductId(),
                List.of(new Question(Kind.CLEAR_CART, List.of())));
        String text = say(
                turn,
                "clear.ask",
                replies.count(
                        turn.language(),
                        "line",
                        BigDecimal.valueOf(turn.before().lines().size())));
        return new Outcome("clear_cart", text, buttons(turn.language()), false, next);
    }

    /** Empties the cart, after the user said yes. */
    Outcome clear(TurnContext turn) {
        Outcome cleared = changed(turn, "confirm", List.of(), turn.conversation(), List.of(new CartChange.Clear()));
        return append(cleared, say(turn, "cart.cleared"), true);
    }

    /** Reverts this customer's last changing turn exactly: each of its changes, newest first. */
    Outcome undo(TurnContext turn) {
        Cart after = apply(turn, Collections.nCopies(turn.conversation().undoSteps(), new CartChange.Undo()));
        if (after.version() == turn.before().version()) {
            return Outcome.say("undo", say(turn, "undo.nothing"), turn.conversation());
        }
        String what = CartDiff.between(turn.before(), after)
                .describe(replies, names, turn.language(), false)
                .orElse("");
        return Outcome.say("undo", (say(turn, "undo.done") + " " + what).strip(), turn.conversation());
    }

    /** Answers whether the store has a product, and its price. */
    Outcome search(TurnContext turn, List<Item> items) {
        List<String> sentences = new ArrayList<>();
        Optional<String> last = turn.conversation().lastProductId();
        for (Item item : items) {
            Optional<Product> best =
                    resolver.candidates(item.product(), bought(turn)).stream().findFirst();
            if (best.isPresent()) {
                Product product = best.get();
                last = Optional.of(product.id());
                String name = Replies.productName(product, turn.language());
                sentences.add(product.price()
                        .map(p -> say(turn, "search.price", name, replies.money(turn.language(), p)))
                        .orElseGet(() -> say(turn, "search.found", name)));
            } else {
                sentences.add(say(turn, "search.none", item.product()));
            }
        }
        if (items.isEmpty()) {
            sentences.add(say(turn, "search.what"));
        }
        return Outcome.say(
                "search_product", String.join(" ", sentences), new Conversation(turn.language(), last, List.of()));
    }

    private Optional<CartLine> lineFor(TurnContext turn, String phrase) {
        Cart cart = turn.before();
        for (Product product : resolver.candidates(phrase, Map.of())) {
            Optional<CartLine> line = cart.line(product.id());
            if (line.isPresent()) {
                return line;
            }
        }
        String word = Replies.lower(phrase).split("\\s+")[0];
        String stem = word.substring(0, Math.min(word.length(), Math.max(3, word.length() - 2)));
        return cart.lines().stream()
                .filter(l -> Replies.lower(l.name()).contains(stem))
                .findFirst();
    }

    /**
     * How often the household added each product in its last {@value #REMEMBERED_CHANGES} cart changes: enough to
     * know its usual milk, and a read that does not grow with the years of the cart's history.
     */
    private Map<String, Integer> bought(TurnContext turn) {
        long since = Math.max(0, turn.before().version() - REMEMBERED_CHANGES);
        return turn.session().cart().additions(turn.cartId(), since);
    }

    /**
     * Takes a stated number of pieces or packs off a line ("убери одну бутылку кефира" leaves the rest), or the
     * whole line when that is all of it or the amount is a weight or volume.
     */
    private static CartChange removal(CartLine line, BigDecimal stated, Unit unit) {
        boolean counted = unit == Unit.PCS || unit == Unit.PACK;
        if (counted && line.quantity().compareTo(stated) > 0) {
            BigDecimal left = line.quantity().subtract(stated);
            return new CartChange.SetQuantity(line.lineId(), left);
        }
        return new CartChange.Remove(line.lineId());
    }

    /** Makes the changes (refused ones skipped), then says what actually changed and which notes were taken. */
    private Outcome changed(
            TurnContext turn, String intent, List<String> noted, Conversation next, List<CartChange> changes) {
        Cart after = apply(turn, changes);
        List<String> sentences = new ArrayList<>();
        CartDiff.between(turn.before(), after)
                .describe(replies, names, turn.language(), "set_quantity".equals(intent))
                .ifPresent(sentences::add);
        if (!noted.isEmpty()) {
            sentences.add(say(turn, "note.added", replies.join(turn.language(), noted)));
        }
        if (sentences.isEmpty() && next.questions().isEmpty()) {
            sentences.add(say(turn, "nothing.changed"));
        }
        return Outcome.say(intent, String.join(" ", sentences), next);
    }

    private static Cart apply(TurnContext turn, List<CartChange> changes) {
        return changes.isEmpty() ? turn.before() : turn.session().cart().apply(turn.cartId(), changes);
    }

    private Outcome withQuestion(TurnContext turn, Outcome outcome, Conversation next) {
        return next.question()
                .map(q -> {
                    List<String> options = new ArrayList<>();
                    String[] ordinals = say(turn, "ordinals").split("\\|");
                    for (int i = 0; i < q.options().size(); i++) {
                        options.add(ordinals[i] + " — "
                                + Replies.shortName(q.options().get(i).name(), turn.language()));
                    }
                    String text = (outcome.text() + " " + say(turn, "choose.ask", String.join(", ", options))).strip();
                    List<String> buttons = q.options().stream()
                            .map(o -> Replies.shortName(o.name(), turn.language()))
                            .toList();
                    return new Outcome(outcome.intent(), text, buttons, false, next);
                })
                .orElse(outcome);
    }

    private static Outcome append(Outcome outcome, String text, boolean keep) {
        String joined = keep ? outcome.text() + " " + text : text;
        return new Outcome(outcome.intent(), joined, outcome.buttons(), outcome.endSession(), outcome.conversation());
    }

    private List<String> buttons(Language language) {
        return List.of(replies.say(language, "yes"), replies.say(language, "no"));
    }

    private String say(TurnContext turn, String key, Object... args) {
        return replies.say(turn.language(), key, args);
    }
}
