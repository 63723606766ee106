package dev.korzina.nlu.intent;

import static dev.korzina.nlu.intent.IntentKind.ADD_ITEMS;
import static dev.korzina.nlu.intent.IntentKind.CHECKOUT;
import static dev.korzina.nlu.intent.IntentKind.CLEAR_CART;
import static dev.korzina.nlu.intent.IntentKind.CONFIRM;
import static dev.korzina.nlu.intent.IntentKind.DENY;
import static dev.korzina.nlu.intent.IntentKind.HELP;
import static dev.korzina.nlu.intent.IntentKind.ORDER_STATUS;
import static dev.korzina.nlu.intent.IntentKind.REMOVE_ITEMS;
import static dev.korzina.nlu.intent.IntentKind.REPEAT_ORDER;
import static dev.korzina.nlu.intent.IntentKind.REPLENISH;
import static dev.korzina.nlu.intent.IntentKind.SEARCH_PRODUCT;
import static dev.korzina.nlu.intent.IntentKind.SET_QUANTITY;
import static dev.korzina.nlu.intent.IntentKind.SHOW_CART;
import static dev.korzina.nlu.intent.IntentKind.STOP;
import static dev.korzina.nlu.intent.IntentKind.UNDO;

import java.util.List;
import java.util.regex.Pattern;

/** The English cues, in the order they are tried: the first that matches decides. */
final class EnglishRules {

    private static final String NUMBER = "(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|dozen|twenty|thirty|a couple|a pair|half)";
    private static final String CART = "(?:cart|basket|shopping cart|list|shopping list|grocery list|order)";

    static final List<Rule> RULES = List.of(
            Rule.words(IntentKind.OUT_OF_SCOPE, "cancel (?:my |the |this )?order"),
            Rule.whole(
                    STOP,
                    "stop|exit|quit|bye|goodbye|bye bye|that's all|that is all|that's it|that's everything"
                            + "|i'm done|im done|i am done|we're done|done|nothing else|no that's all|that will be all"
                            + "|that'll be all|end|close|good night|see you|thanks that's all|thank you that's all|no thanks "
                            + "that's all|that's all thanks|that's all thank you|ok bye|okay bye|thanks bye|we're good"),
            Rule.words(STOP, "stop listening|exit the skill|end (?:the )?(?:session|conversation)|leave korzina"),
            Rule.whole(HELP, "help|help me|i need help|help please|instructions|commands"),
            Rule.words(
                    HELP,
                    "what can you do|what can i say|what do you do|how does (?:this|it|korzina) work|how do i use"
                            + "|how to use|what are (?:the|your) commands|how do i (?:add|remove|delete|order|checkout"
                            + "|use)|what should i say|what can i ask|what are you able to|what commands|can you help(?: me)?$"
                            + "|how can you help"),
            Rule.whole(
                    UNDO,
                    "undo|undo (?:that|it|this|last|the last (?:change|one|thing|action|step|item))|revert|revert"
                            + " (?:that|it|the last change)|take (?:that|it) back|cancel (?:that|the last (?:change|one|thing))"
                            + "|go back|put it back|undo please|please undo"
                            + "|remove the last (?:one|item|thing)|delete the last (?:one|item|thing)"),
            Rule.words(
                    UNDO,
                    "undo|revert (?:my|the) last|reverse (?:that|the last)|(?:put it|go) back (?:the way|to how)"
                            + " it was"),
            Rule.whole(
                    CONFIRM,
                    "yes|yeah|yep|yup|yes please|sure|sure thing|ok|okay|ok sure|correct|right|that's right"
                            + "|that is right|of course|do it|go ahead|go for it|confirm|confirmed|please do|sounds good"
                            + "|absolutely|definitely|affirmative|yes do it|yes go ahead|yeah sure|yes that's right|exactly"
                            + "|perfect|great|fine|alright|all right|why not|yes i do|yes it is|yeah go ahead|yes add it"
                            + "|yes please do|sure go ahead|ok go ahead|okay go ahead|yeah do it|uh huh|yes confirm|yep go ahead|yup go ahead|yes that's it|sounds right|that works"),
            Rule.whole(
                    DENY,
                    "no|nope|nah|no thanks|no thank you|don't|do not|not now|no way|negative|i don't want"
                            + "|i don't want it|never mind|nevermind|not really|no don't|don't do it|no that's wrong|wrong"
                            + "|that's wrong|i changed my mind|cancel|no cancel|no no|not that|not that one|no i don't"
                            + "|don't add it|please don't|no not yet|not yet|no thats wrong|thats wrong|dont do that|don't do that"
                            + "|no dont|no that's not right|that's not right|not right|nope not that"),
            Rule.words(
                    REPEAT_ORDER,
                    "same as (?:last time|before|last week|usual)|repeat (?:my |the |our )?(?:last |"
                            + "previous |usual |recent )?(?:order|purchase)|reorder|re order|order (?:the same|it|that|"
                            + "everything|the same thing|the same stuff) again|same (?:order|thing|stuff|groceries) (?:as|like)"
                            + " (?:last|before)|(?:my|the|our) usual order|order my usual|order again|buy (?:the same|it) again"
                            + "|(?:just )?like last time|what i ordered last time again|repeat\\b.*\\border|same (?:things?|stuff|items"
                            + "|groceries) (?:as |like )?last"),
            Rule.words(
                    ORDER_STATUS,
                    "where(?:'s| is)? (?:my |the |our )?(?:order|delivery|courier|groceries|package"
                            + "|stuff|food|driver)|(?:order|delivery) status|status (?:of|on|for) (?:my |the |our )?(?:order"
                            + "|delivery)|track (?:my |the |our )?(?:order|delivery|package)|when (?:will|does|is|do|are) (?:my |the"
                            + " |our )?(?:order|delivery|groceries|it|courier|stuff|food|they|things) (?:arrive|come|get here|be"
                            + " delivered|be here|arriving|coming|show up|get delivered)|how long (?:until|till|for|will|before)"
                            + " (?:my |the )?(?:order|delivery|groceries)|(?:has|did) (?:my|the) order (?:ship|shipped|arrive|been"
                            + "|come|left)|is my (?:order|delivery) (?:on its way|coming|here|ready|late|out)|where is order"
                            + "|what's happening with my order|\\beta\\b|is the courier|how far is|(?:has|did|is) (?:my|the) (?:order"
                            + "|delivery|courier) (?:left|shipped|arrived|on|out|coming)|is (?:my |the )?order (?:\\d+ )?(?:on its way"
                            + "|coming|here|ready|late|out|delayed)|order \\d+\\b.*\\b(?:on its way|status|arriv|deliver|where|coming)"),
            Rule.words(
                    CLEAR_CART,
                    "(?:empty|clear|wipe|reset|clean)(?: out)? (?:my |the |our )?(?:whole |entire )?"
                            + "(?:cart|basket|list|shopping list|grocery list|shopping cart)|(?:remove|delete|clear|drop|"
                            + "take out) (?:everything|all items|all the items|all of it|it all|all)(?: from (?:my |the |our )?"
                            + CART
                            + ")?$|start (?:over|again|fresh|from scratch)|clear (?:everything|all)|get rid of everything"
                            + "|empty it|throw everything out"),
            Rule.words(
                    SHOW_CART,
                    "^what (?:do|did) (?:i|we) (?:have|get|got)$|^how many .+ (?:do|did) (?:i|we) have"
                            + "|^how many .+ (?:are|is) in (?:my |the |our )?(?:cart|basket)"
                            + "|what(?:'s| is| do i have| do we have|'s currently| is currently| have i got| did i"
                            + " put)? in (?:my |the |our )?(?:cart|basket|shopping cart|list|shopping list)|what(?:'s| is| do i"
                            + " have| do we have) on (?:my |the |our )?(?:shopping |grocery )?list|show (?:me )?(?:my |the |our"
                            + " )?(?:cart|basket|list|shopping list|items|shopping cart)|read (?:me )?(?:back )?(?:my |the |our"
                            + " )?(?:shopping |grocery )?(?:list|cart|basket|items)|(?:cart|basket) (?:total|contents)|how much"
                            + " is (?:my |the |our )?(?:cart|basket|total|order so far)|how much (?:is|will|does) (?:it|everything"
                            + "|my cart) (?:cost|be|come to)|list (?:my |the )?items|check (?:my |the )?(?:cart|basket|list)"
                            + "|what did (?:i|we) (?:add|put)|view (?:my |the )?(?:cart|basket)|^(?:my|the) (?:cart|basket)$"
                            + "|what's my total|how many items|what have (?:i|we) (?:got|added)|cart so far"),
            Rule.words(
                    REPLENISH,
                    "what (?:should|do|else should|else do|shall|must) (?:i|we) (?:buy|restock|order|get"
                            + "|need|pick up|grab)|what do (?:i|we) (?:usually|normally|typically|always) (?:buy|get|order)"
                            + "|what (?:i|we) (?:usually|normally|typically|always) (?:buy|get|order)|what am i (?:running|low"
                            + "|out)|what(?:'s| is) running (?:low|out)|what (?:do|did) (?:i|we) run out of|restock|suggest"
                            + " (?:something|what|items|a list|groceries|my)|recommend (?:something|what|items)|my usual"
                            + "(?: groceries| stuff| items)?$|weekly (?:basket|shop|shopping|groceries)|usual stuff|the usual$"
                            + "|what do (?:i|we) need|predict|what might i need|add my usual|add the usual"),
            Rule.words(
                    CHECKOUT,
                    "check ?out|place (?:my |the |an |our )?order|(?:submit|complete|confirm|finish|"
                            + "finalize|send|process) (?:my |the |our )?(?:order|purchase)|buy (?:it|everything|all|them|all of"
                            + " it|it all|now)$|order (?:it|everything|all|now|them|it all|the cart|my cart)$|^order$|^pay(?:"
                            + " now| for (?:it|everything|my order|the order|my groceries))?$|proceed to (?:checkout|payment)"
                            + "|ready to (?:order|pay|check out)|go to (?:checkout|payment)|let's (?:order|check out|pay)"
                            + "|make the order|i'm done shopping|that's my order|i want to (?:pay|order now)"),
            Rule.words(
                    SEARCH_PRODUCT,
                    "(?:do|does) (?:you|the store|they|korzina) (?:have|sell|carry|stock|got)"
                            + "|have you got|^is there|^are there|got any|how much (?:is|are|does|do|for|would|will)|what does"
                            + " .* cost|what(?:'s| is) the price|price (?:of|for)|^(?:find|search(?: for)?|look(?: for| up)?"
                            + "|check (?:if|whether) you have|check for|show me)\\b|(?:is|are) .* (?:available|in stock)"
                            + "|what kinds? of|which .* do you have|can i (?:get|buy) .* here|any .* in stock|how much|^any"),
            Rule.words(
                    SET_QUANTITY,
                    "(?:change|set|update|make|adjust|increase|decrease|reduce|bump|raise|lower)\\b.*"
                            + "\\b(?:to|it)\\b.*" + NUMBER + "|make (?:it|that|them) " + NUMBER + "|instead of "
                            + NUMBER
                            + "|actually (?:make it|i need|we need) " + NUMBER + "|only " + NUMBER + " .* not|not "
                            + NUMBER
                            + ".* but " + NUMBER + "|should be\\b.*" + NUMBER + "|^make\\b.*" + NUMBER),
            Rule.words(
                    REMOVE_ITEMS,
                    "remove|delete|take (?:off|out|away)|cross (?:off|out)|scratch(?: off)?|strike"
                            + "|get rid of|no more|(?:don't|do not|doesn't|dont) need|don't buy|do not buy|don't get|do not get"
                            + "|already (?:bought|got|have|picked up|purchased)|(?:i|we) (?:just )?(?:bought|got|picked up|grabbed"
                            + "|purchased)|got the|bought the|minus|drop|forget (?:the|about)|never ?mind the|skip the|cancel the"
                            + "|take .* off|leave out|without"),
            Rule.words(
                    ADD_ITEMS,
                    "add|ad|put|buy|get|grab|pick up|need|want|order|throw in|include|plus|one more|another"
                            + "|also|out of|low on|running low|i'd like|i would like|gimme|give me|to my (?:shopping |grocery )?"
                            + "(?:list|cart|basket)|to the (?:list|cart|basket)|on the list|don't forget|remember to buy|we need"
                            + "|i need|stock up|more"));

    /** Requests that are not about shopping even when they use a shopping verb ("add a meeting"). */
    static final Pattern OUT_OF_SCOPE = Rule.compile("(?<![\\p{L}\\d])(?:turn (?:on|off)|switch (?:on|off)|lights?"
            + "|lamps?|temperature|thermostat|degrees|weather|rain|raining|snow|forecast|timer|alarm|wake me|remind"
            + "|reminder|music|songs?|playlist|play|playing|radio|volume|louder|quieter|pause|news|jokes?|tell me"
            + "|tell (?:\\p{L}+ )?(?:that|i am)|wake (?:me )?up|describe|schedule|floor|who is|who was|what time|the time|what day|date today|calendar|meetings?|appointments?|events?"
            + "|taxi|uber|lyft|tickets?|flights?|trains?|bus|recipes?|how (?:do i|to|do you) (?:make|cook|bake|boil)"
            + "|how long (?:to|do i|should i) (?:cook|boil|bake)|calories|translate|call|calls|text|texts|messages?|emails?|tweet|post"
            + "|movies?|podcasts?|audiobook|games?|vacuum|blinds|curtains|fan|heater|tv|television"
            + "|exchange rate|restaurant|takeaway|take away|takeout|take out food|chinese food|pizza place|to do list"
            + "|todo list|to-do list|chores|battery level|thermostat|garage|door|lock|living room|bedroom|kitchen light"
            + "|hue|wemo|coffee machine|make (?:me )?(?:a )?coffee|brew|traffic|directions|nearest|near me|nearby"
            + "|open(?:ing)? hours|stock price|shares|birthday|wikipedia|define|spell)(?![\\p{L}\\d])");

    /** Words that say the request is about the cart after all ("add batteries to my shopping list"). */
    static final Pattern CART_CONTEXT = Rule.compile("(?<![\\p{L}\\d])(?:shopping list|grocery list|groceries list|"
            + "(?:my|the) cart|(?:my|the) basket|shopping cart)(?![\\p{L}\\d])");

    private EnglishRules() {}
}
