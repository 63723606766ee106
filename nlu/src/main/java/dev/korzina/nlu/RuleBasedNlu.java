package dev.korzina.nlu;

import dev.korzina.nlu.intent.IntentClassifier;
import dev.korzina.nlu.intent.IntentKind;
import dev.korzina.nlu.items.ItemExtractor;
import dev.korzina.nlu.items.ItemExtractors;
import dev.korzina.nlu.text.LanguageDetector;
import dev.korzina.nlu.text.Token;
import dev.korzina.nlu.text.Tokenizer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Understands utterances with dictionaries and rules: the language is detected from the script, the intent from
 * ordered cue patterns, the items by splitting noun phrases with their amounts. Deterministic and fast (well under a
 * millisecond an utterance); building one loads the dictionaries, so build it once and share it.
 */
public final class RuleBasedNlu implements Nlu {

    private final Tokenizer tokenizer = new Tokenizer();
    private final LanguageDetector detector = new LanguageDetector();
    private final IntentClassifier classifier = new IntentClassifier();
    private final Map<Language, ItemExtractor> extractors;

    private RuleBasedNlu(Map<Language, ItemExtractor> extractors) {
        this.extractors = Map.copyOf(extractors);
    }

    /** An NLU that knows only the built-in grocery words and multi-word products. */
    public static RuleBasedNlu create() {
        return create(List.of());
    }

    /**
     * An NLU that also knows a store's products: the leading words of their names are kept together as one item
     * ("майонез провансаль"), and their words count as products.
     *
     * @param productNames the names of the catalog's products
     * @return the NLU
     */
    public static RuleBasedNlu create(Collection<String> productNames) {
        return new RuleBasedNlu(ItemExtractors.create(productNames));
    }

    @Override
    public Parse parse(String text, Optional<Language> requested) {
        Language language = requested.orElseGet(() -> detector.detect(text));
        List<Token> tokens = tokenizer.tokenize(text);
        ItemExtractor items = extractors.get(language);
        String words = tokens.stream()
                .filter(t -> t.kind() != Token.Kind.SEPARATOR)
                .map(t -> items.canonical(t).replace('ё', 'е'))
                .collect(Collectors.joining(" "));
        IntentKind kind = classifier.classify(language, words, items.saysBought(tokens));
        return new Parse(text, language, intent(kind, language, words, tokens, items));
    }

    private Intent intent(IntentKind kind, Language language, String words, List<Token> tokens, ItemExtractor items) {
        boolean outOfScope = classifier.isOutOfScope(language, words);
        return switch (kind) {
            case ADD_ITEMS ->
                outOfScope
                        ? new Intent.OutOfScope()
                        : new Intent.AddItems(items.extract(tokens, ItemExtractor.Side.ADD, false));
            case REMOVE_ITEMS ->
                outOfScope
                        ? new Intent.OutOfScope()
                        : new Intent.RemoveItems(items.extract(tokens, ItemExtractor.Side.REMOVE, false));
            case SET_QUANTITY ->
                plausible(outOfScope, items, items.extract(tokens, ItemExtractor.Side.ANY, true))
                        .<Intent>map(Intent.SetQuantity::new)
                        .orElseGet(Intent.OutOfScope::new);
            case SEARCH_PRODUCT ->
                plausible(outOfScope, items, items.extract(tokens, ItemExtractor.Side.ANY, false))
                        .<Intent>map(Intent.SearchProduct::new)
                        .orElseGet(Intent.OutOfScope::new);
            case SHOW_CART -> new Intent.ShowCart();
            case CLEAR_CART -> new Intent.ClearCart();
            case CHECKOUT -> new Intent.Checkout();
            case ORDER_STATUS -> new Intent.OrderStatus(classifier.orderRef(words));
            case REPLENISH -> new Intent.Replenish();
            case REPEAT_ORDER -> new Intent.RepeatOrder(classifier.orderRef(words));
            case UNDO -> new Intent.Undo();
            case CONFIRM -> new Intent.Confirm();
            case DENY -> new Intent.Deny();
            case HELP -> new Intent.Help();
            case STOP -> new Intent.Stop();
            case OUT_OF_SCOPE -> new Intent.OutOfScope();
            case NONE -> bareList(outOfScope, words, tokens, items);
        };
    }

    /**
     * Items that make sense for a question or correction about products: none may be something no store sells
     * ("есть ли активированный сенсор дыма" is a smart-home question, not a product search).
     */
    private static Optional<List<Item>> plausible(boolean outOfScope, ItemExtractor items, List<Item> found) {
        boolean implausible = !found.isEmpty() && found.stream().noneMatch(items::isPlausibleProduct);
        return outOfScope || implausible ? Optional.empty() : Optional.of(found);
    }

    /**
     * Without any cue, a statement listing products ("молоко и хлеб") is something to add; a question ("вода
     * холодная?") or anything that names no product is not ours.
     */
    private Intent bareList(boolean outOfScope, String text, List<Token> tokens, ItemExtractor items) {
        if (outOfScope
                || classifier.isQuestion(text)
                || tokens.stream().anyMatch(t -> t.text().equals("?"))) {
            return new Intent.OutOfScope();
        }
        List<Item> found = items.extract(tokens, ItemExtractor.Side.ANY, false);
        boolean allProducts = !found.isEmpty() && found.stream().allMatch(items::isPlausibleProduct);
        return allProducts ? new Intent.AddItems(found) : new Intent.OutOfScope();
    }
}
