package dev.korzina.skills;

import dev.korzina.catalog.Product;
import dev.korzina.nlu.Intent;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Parse;
import dev.korzina.skills.Conversation.Kind;
import dev.korzina.skills.Conversation.Option;
import dev.korzina.skills.Conversation.Question;
import dev.korzina.skills.Restocking.Pick;
import dev.korzina.skills.Restocking.Suggested;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Что купить на неделю": proposes the products the household most likely needs and has not put in the cart yet,
 * explaining the top ones by the household's usual interval ("молоко — вы берёте раз в 3 дня"); the proposal waits
 * as a question that "добавь всё", "первые три", "кроме сыра", a list of names or "нет" answers.
 */
final class RestockSkill {

    /** Screens show this many proposed products. */
    static final int SHOWN = 10;

    /** A voice reads out this many. */
    private static final int SPOKEN = 5;

    /** This many of the first products are explained. */
    private static final int EXPLAINED = 3;

    private static final int WEEK = 7;

    /** "Не предлагай покупки", "stop suggesting purchases": the household wants no weekly offers. */
    private static final Pattern OPT_OUT = Pattern.compile("(?:не|больше не|хватит|перестань)\\s+"
            + "(?:предлагай|предлагать|присылай|присылать|напоминай|напоминать)\\p{L}*\\s+(?:мне\\s+|нам\\s+)?"
            + "(?:покупк|продукт|корзин|набор|заказ)"
            + "|(?:stop|don't|do not|no more)\\s+(?:suggest|offer|send|remind)\\p{L}*\\s+(?:me\\s+|us\\s+)?"
            + "(?:purchases|shopping|baskets?|groceries|offers)");

    private final Restocking restocking;
    private final CartSkills cartSkills;
    private final Replies replies;
    private final Clock clock;

    RestockSkill(Restocking restocking, CartSkills cartSkills, Replies replies, Clock clock) {
        this.restocking = restocking;
        this.cartSkills = cartSkills;
        this.replies = replies;
        this.clock = clock;
    }

    /** Proposes the household's next basket, without what the cart holds already. */
    Outcome propose(TurnContext turn) {
        Suggested suggested = restocking.suggest(
                turn.session().householdId(),
                LocalDate.now(clock),
                id -> turn.before().line(id).isPresent(),
                SHOWN);
        if (!suggested.knowsHousehold()) {
            return Outcome.say("replenish", say(turn, "restock.unknown"), turn.conversation());
        }
        if (suggested.picks().isEmpty()) {
            return Outcome.say("replenish", say(turn, "restock.nothing"), turn.conversation());
        }
        List<Pick> picks = suggested.picks();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < picks.size(); i++) {
            described.add(describe(turn.language(), picks.get(i), i < EXPLAINED));
        }
        String shown = say(turn, "restock.offer", String.join(", ", described));
        String spoken = picks.size() <= SPOKEN
                ? shown
                : say(
                        turn,
                        "restock.offer",
                        String.join(", ", described.subList(0, SPOKEN))
                                + say(turn, "restock.more", picks.size() - SPOKEN));
        Question proposal = new Question(
                Kind.RESTOCK,
                picks.stream()
                        .map(p -> new Option(p.product().id(), p.product().name(), BigDecimal.ONE))
                        .toList());
        Conversation next =
                new Conversation(turn.language(), turn.conversation().lastProductId(), List.of(proposal));
        return new Outcome(
                "replenish",
                shown,
                Optional.of(spoken),
                Arrays.asList(say(turn, "restock.buttons").split("\\|")),
                false,
                next);
    }

    /** Acts on a pending proposal: adds what the answer takes, or drops it on "нет"; empty for another request. */
    Optional<Outcome> answer(TurnContext turn, Question proposal, Parse parse) {
        if (parse.intent() instanceof Intent.Deny) {
            return Optional.of(Outcome.say("deny", say(turn, "restock.declined"), turn.conversation()));
        }
        return ProposalAnswers.pick(parse, proposal.options(), this::names)
                .map(chosen -> cartSkills.addAll(turn, chosen, turn.conversation()));
    }

    /** Turns the weekly offers off when the user asks for it ("не предлагай покупки"). */
    Optional<Outcome> optOut(TurnContext turn, String text) {
        if (!OPT_OUT.matcher(Replies.lower(text)).find()) {
            return Optional.empty();
        }
        restocking.offers().optOut(turn.session().householdId());
        return Optional.of(Outcome.say("replenish", say(turn, "restock.opted_out"), turn.conversation()));
    }

    private String names(Option option) {
        return option.name() + " "
                + restocking
                        .catalog()
                        .product(option.productId())
                        .flatMap(Product::nameEn)
                        .orElse("");
    }

    private String describe(Language language, Pick pick, boolean explain) {
        String name = Replies.productName(pick.product(), language);
        return pick.suggestion()
                .usualInterval()
                .filter(i -> explain)
                .map(i -> name + " — " + every(language, i))
                .orElse(name);
    }

    /** "вы берёте раз в 3 дня", "раз в 2 недели", "каждый день"; "you buy it every 3 days". */
    private String every(Language language, Duration interval) {
        long days = Math.max(1, interval.toDays());
        if (days == 1) {
            return replies.say(language, "restock.daily");
        }
        if (days == WEEK) {
            return replies.say(language, "restock.weekly");
        }
        String span = days % WEEK == 0
                ? replies.count(language, "restock.week", BigDecimal.valueOf(days / WEEK))
                : replies.count(language, "restock.day", BigDecimal.valueOf(days));
        return replies.say(language, "restock.every", span);
    }

    private String say(TurnContext turn, String key, Object... args) {
        return replies.say(turn.language(), key, args);
    }
}
