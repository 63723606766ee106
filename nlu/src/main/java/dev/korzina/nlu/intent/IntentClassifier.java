package dev.korzina.nlu.intent;

import dev.korzina.nlu.Language;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the kind of request from an utterance's words by trying each language's cues in order, and finds the order
 * number the user named.
 */
public final class IntentClassifier {

    private static final Pattern LEADING_FILLER = Rule.compile(
            "^(?:(?:алиса|алис|слушай|ну|так|эй|короче|а|и|ой|ах|блин|"
                    + "пожалуйста|hey siri|siri|hey|ok google|okay|ok|so|um|uh|well|please|korzina|корзина|корзинка) )+");
    private static final Pattern TRAILING_FILLER =
            Rule.compile("(?: (?:пожалуйста|please|спасибо|thanks|thank you|плиз|pls|плз))+$");
    private static final Pattern ORDER_NUMBER =
            Rule.compile("(?:заказ\\p{L}*|order|номер|number|no|#|№)\\D{0,12}?(\\d{2,})");
    private static final Pattern QUESTION = Rule.compile("^(?:как\\p{L}*|сколько|где|когда|почему|зачем|кто|что"
            + "|чем|ли|what|whats|what's|which|how|hows|are|is|does|do|did|where|wheres|where's|when|who|why|can|could"
            + "|will|would)(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])ли(?![\\p{L}\\d])");
    private static final Pattern LONG_NUMBER = Rule.compile("(?<!\\d)(\\d{3,})(?!\\d)");

    /**
     * The kind of request.
     *
     * @param language the utterance's language
     * @param text its words, lower case, ё as е, separated by single spaces, without punctuation
     * @param pastPurchase whether it says something was already bought ("молоко купил")
     * @return the first kind whose cue matches, {@link IntentKind#NONE} when none does
     */
    public IntentKind classify(Language language, String text, boolean pastPurchase) {
        String core = strip(text);
        if (core.isEmpty()) {
            return IntentKind.NONE;
        }
        for (Rule rule : rules(language)) {
            if (rule.kind() == IntentKind.ADD_ITEMS && pastPurchase) {
                return IntentKind.REMOVE_ITEMS;
            }
            Matcher matcher = rule.pattern().matcher(core);
            if (matcher.find()) {
                return rule.kind() == IntentKind.REMOVE_ITEMS
                        ? firstAction(language, core, matcher.start())
                        : rule.kind();
            }
        }
        return pastPurchase ? IntentKind.REMOVE_ITEMS : IntentKind.NONE;
    }

    /**
     * Whether the text asks for something other than shopping (lights, timers, weather, tickets), unless it names
     * the cart or shopping list.
     *
     * @param language the utterance's language
     * @param text its normalized words
     * @return true when the request is not about shopping
     */
    public boolean isOutOfScope(Language language, String text) {
        Pattern outOfScope = language == Language.RU ? RussianRules.OUT_OF_SCOPE : EnglishRules.OUT_OF_SCOPE;
        Pattern cart = language == Language.RU ? RussianRules.CART_CONTEXT : EnglishRules.CART_CONTEXT;
        return outOfScope.matcher(text).find() && !cart.matcher(text).find();
    }

    /**
     * Whether the text is a question ("какая температура", "are the lights on"), which a bare list of products
     * never is.
     *
     * @param text the normalized words
     * @return true when it starts with a question word
     */
    public boolean isQuestion(String text) {
        return QUESTION.matcher(strip(text)).find();
    }

    /**
     * The order number named in the text ("где заказ 1042", "order #A-17" gives "17").
     *
     * @param text the utterance, lower case
     * @return the digits of the number, if one is named
     */
    public Optional<String> orderRef(String text) {
        Matcher named = ORDER_NUMBER.matcher(text);
        if (named.find()) {
            return Optional.of(named.group(1));
        }
        Matcher bare = LONG_NUMBER.matcher(text);
        return bare.find() ? Optional.of(bare.group(1)) : Optional.empty();
    }

    /** "плюс кефир минус молоко", "add bananas and remove the apples": the action said first decides. */
    private static IntentKind firstAction(Language language, String text, int removeAt) {
        for (Rule rule : rules(language)) {
            if (rule.kind() == IntentKind.ADD_ITEMS) {
                Matcher add = rule.pattern().matcher(text);
                if (add.find() && add.start() < removeAt) {
                    return IntentKind.ADD_ITEMS;
                }
            }
        }
        return IntentKind.REMOVE_ITEMS;
    }

    private static String strip(String text) {
        String core = LEADING_FILLER.matcher(text).replaceFirst("");
        core = TRAILING_FILLER.matcher(core).replaceFirst("");
        return core.isEmpty() ? text : core;
    }

    private static List<Rule> rules(Language language) {
        return switch (language) {
            case RU -> RussianRules.RULES;
            case EN -> EnglishRules.RULES;
        };
    }
}
