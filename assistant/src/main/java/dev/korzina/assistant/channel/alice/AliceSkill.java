package dev.korzina.assistant.channel.alice;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.assistant.channel.Turns;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.text.LanguageDetector;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.identity.Caller;
import dev.korzina.store.identity.Identity;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what to answer to one Alice request: a health-check ping at once, a greeting that says what one can say
 * to a new session, account linking (the platform's login card, the code said aloud, the event after login), and
 * every other utterance or button press as a turn of the dialog engine. Everything that touches the database runs
 * within {@link LateAnswers}' deadline.
 */
final class AliceSkill {

    static final String CHANNEL = "alice";

    private static final Logger LOG = Logger.getLogger(AliceSkill.class.getName());

    private static final String UTTERANCE = "SimpleUtterance";
    private static final String BUTTON = "ButtonPressed";
    private static final String PING = "ping";
    private static final Pattern LINK_ACCOUNT = Pattern.compile(
            "(?:привяж|привяз|связа|свяж)\\p{L}*\\s+(?:мой\\s+|мою\\s+)?(?:аккаунт|учётн|учетн|профил|корзин)\\p{L}*"
                    + "|link\\s+(?:my\\s+)?account");
    private static final Pattern CODE =
            Pattern.compile("^(?:мой\\s+|my\\s+)?(?:код|code)\\D{0,20}?((?:\\d[\\s-]*){6})[.!]?$");

    private final Turns turns;
    private final PostgresIdentityStore identities;
    private final HouseholdLinker linker;
    private final ChannelTexts texts;
    private final LateAnswers late;
    private final LanguageDetector detector = new LanguageDetector();

    /**
     * Wires the skill.
     *
     * @param turns answers dialog turns
     * @param identities resolves Alice users and API tokens to customers
     * @param linker joins households by code
     * @param texts the skill's phrases
     * @param late keeps the deadline
     */
    AliceSkill(
            Turns turns,
            PostgresIdentityStore identities,
            HouseholdLinker linker,
            ChannelTexts texts,
            LateAnswers late) {
        this.turns = turns;
        this.identities = identities;
        this.linker = linker;
        this.texts = texts;
        this.late = late;
    }

    /**
     * The answer to a request that has a session.
     *
     * @param request the request
     * @param user who is talking: the Yandex user, else the app instance
     * @return the answer and the language it is in
     */
    Spoken answer(AliceRequest request, String user) {
        AliceRequest.Session session = request.session().orElseThrow();
        AliceRequest.Meta device = request.meta().orElseGet(AliceSkill::unknownDevice);
        String conversation = CHANNEL + ":" + user;
        if (request.accountLinkingCompleteEvent().isPresent()) {
            Language language = storedLanguage(request);
            String token =
                    session.user().flatMap(AliceRequest.User::accessToken).orElse("");
            return new Spoken(
                    late.run(
                            conversation,
                            () -> safely(language, () -> linked(user, token, language)),
                            () -> wait(language)),
                    language);
        }
        AliceRequest.Utterance utterance = request.request().orElseThrow();
        String type = utterance.type().orElse(UTTERANCE);
        if (!type.equals(UTTERANCE) && !type.equals(BUTTON)) {
            Language language = storedLanguage(request);
            return new Spoken(Answer.say("unsupported", texts.say(language, "unsupported")), language);
        }
        String text = (type.equals(BUTTON) ? pressed(utterance) : said(utterance)).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(PING)) {
            Language stored = storedLanguage(request);
            return new Spoken(Answer.say(PING, texts.say(stored, "ping")), stored);
        }
        Language language =
                text.chars().anyMatch(Character::isLetter) ? detector.detect(text) : storedLanguage(request);
        if (text.isEmpty()) {
            return new Spoken(
                    session.isNew() ? greeting(language) : Answer.say("help", texts.say(language, "empty")), language);
        }
        if (LINK_ACCOUNT.matcher(lower).find()) {
            return new Spoken(linkAccount(device, language), language);
        }
        Optional<String> code = spokenCode(lower).or(() -> utterance.command().flatMap(AliceSkill::spokenCode));
        Supplier<Answer> work = code.isPresent()
                ? () -> redeem(user, code.get(), language)
                : () -> Answer.of(turns.turn(() -> identity(user), CHANNEL, conversation, text, Optional.empty()));
        return new Spoken(late.run(conversation, () -> safely(language, work), () -> wait(language)), language);
    }

    /**
     * An answer and its language.
     *
     * @param answer the answer
     * @param language the conversation's language
     */
    record Spoken(Answer answer, Language language) {}

    private Answer greeting(Language language) {
        Answer greeting = Answer.say("greeting", texts.say(language, "greeting"));
        return new Answer(
                greeting.intent(),
                greeting.text(),
                greeting.tts(),
                List.of(
                        new Answer.Choice(texts.say(language, "button.cart"), texts.say(language, "button.cart")),
                        new Answer.Choice(texts.say(language, "button.help"), texts.say(language, "button.help"))),
                false,
                Optional.empty(),
                false);
    }

    private Answer linkAccount(AliceRequest.Meta device, Language language) {
        return device.canLinkAccounts()
                ? Answer.say("link_account", texts.say(language, "link.card")).withAccountLinking()
                : Answer.say("link_account", texts.say(language, "link.no_card"));
    }

    private Answer redeem(String user, String code, Language language) {
        Caller caller = identity(user).caller();
        try {
            int merged = linker.redeem(caller, code).mergedLines();
            return Answer.say("link_code", texts.say(language, "link.joined", merged));
        } catch (CartNotFoundException e) {
            return Answer.say("link_code", texts.say(language, "link.code_wrong"));
        } catch (TooManyRequestsException e) {
            return Answer.say("link_code", texts.say(language, "link.too_many"));
        }
    }

    /**
     * After the platform's account linking the access token is one of Korzina's API tokens (the token the
     * household's login issues): the Alice user joins that token's household.
     */
    private Answer linked(String user, String token, Language language) {
        Optional<Identity> owner = token.isBlank() ? Optional.empty() : identities.identity(token);
        if (owner.isEmpty()) {
            return Answer.say("link_account", texts.say(language, "link.unknown"));
        }
        Caller caller = identity(user).caller();
        int merged =
                linker.redeem(caller, linker.issue(owner.get().caller()).code()).mergedLines();
        return Answer.say("link_account", texts.say(language, "link.joined", merged));
    }

    private Identity identity(String user) {
        return identities.resolve(CHANNEL, user);
    }

    private Answer safely(Language language, Supplier<Answer> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an Alice turn failed", e);
            return Answer.say("error", texts.say(language, "error"));
        }
    }

    private Answer wait(Language language) {
        return Answer.say("wait", texts.say(language, "wait"));
    }

    /**
     * The six digits of "код 123 456", from the utterance as said or as Yandex normalised it (numbers said in words
     * become digits there).
     */
    private static Optional<String> spokenCode(String text) {
        Matcher code = CODE.matcher(text.toLowerCase(Locale.ROOT).strip());
        return code.matches() ? Optional.of(code.group(1).replaceAll("\\D", "")) : Optional.empty();
    }

    private static String said(AliceRequest.Utterance utterance) {
        return utterance
                .originalUtterance()
                .filter(s -> !s.isBlank())
                .or(utterance::command)
                .orElse("");
    }

    /** A pressed button says what its payload holds; a button of another skill version says its words. */
    private static String pressed(AliceRequest.Utterance utterance) {
        return utterance
                .payload()
                .map(p -> p.path("text"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .or(() -> utterance.nlu().map(n -> String.join(" ", n.tokens())))
                .filter(s -> !s.isBlank())
                .orElseGet(() -> said(utterance));
    }

    /** The language stored by an earlier answer, else the device's locale. */
    private static Language storedLanguage(AliceRequest request) {
        return request.state()
                .flatMap(s -> s.session().or(s::user).or(s::application))
                .map(s -> s.path(AliceRenderer.LANGUAGE).asText(""))
                .flatMap(Language::fromCode)
                .or(() -> request.meta()
                        .flatMap(AliceRequest.Meta::locale)
                        .flatMap(l -> Language.fromCode(l.substring(0, Math.min(2, l.length())))))
                .orElse(Language.RU);
    }

    private static AliceRequest.Meta unknownDevice() {
        return new AliceRequest.Meta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
