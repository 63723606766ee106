package dev.korzina.skills;

import dev.korzina.nlu.Language;
import dev.korzina.replenish.History;
import dev.korzina.replenish.PurchaseHistory;
import dev.korzina.replenish.PurchaseIntervals;
import dev.korzina.skills.Restocking.Pick;
import dev.korzina.skills.push.Notice;
import dev.korzina.skills.push.Notifier;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The proactive weekly basket: on the day of the week a household usually shops, it is told what it may need
 * ("На этой неделе вам может понадобиться: молоко, хлеб, … Скажите «что купить на неделю»"), at most once a week,
 * unless it opted out. Run {@link #offerDue} as often as you like (hourly); the clock decides the day.
 */
public final class WeeklyBasket {

    /** The notice kind, for channels' per-kind opt-outs. */
    public static final String KIND = "weekly_basket";

    private static final Logger LOG = Logger.getLogger(WeeklyBasket.class.getName());

    /** The notice names this many products. */
    private static final int NAMED = 5;

    /** Another offer comes this many days after the last at the earliest. */
    private static final int WEEK = 7;

    private final PurchaseHistory purchases;
    private final Restocking restocking;
    private final Notifier notifier;
    private final Clock clock;
    private final Replies replies = new Replies();

    /**
     * Wires the offer.
     *
     * @param purchases the households' histories: who shops on which day
     * @param restocking the predictions, the catalog and the offers sent and refused
     * @param notifier delivers the notices
     * @param clock decides the day
     */
    public WeeklyBasket(PurchaseHistory purchases, Restocking restocking, Notifier notifier, Clock clock) {
        this.purchases = purchases;
        this.restocking = restocking;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Sends the weekly basket to every household whose usual shopping day is today and that has not had it this
     * week nor opted out.
     *
     * @return to how many households it was sent
     */
    public int offerDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (History history : purchases.all()) {
            String household = history.user();
            if (due(history, today)) {
                Optional<Notice> notice = notice(household, today);
                if (notice.isPresent() && notifier.notify(household, notice.get()) > 0) {
                    restocking.offers().offered(household, today);
                    sent++;
                }
            }
        }
        int households = sent;
        LOG.fine(() -> "weekly basket offered to " + households + " households");
        return sent;
    }

    private boolean due(History history, LocalDate today) {
        String household = history.user();
        return PurchaseIntervals.of(history)
                        .usualShoppingDay()
                        .filter(today.getDayOfWeek()::equals)
                        .isPresent()
                && !restocking.offers().optedOut(household)
                && restocking
                        .offers()
                        .lastOffered(household)
                        .filter(last -> last.plusDays(WEEK).isAfter(today))
                        .isEmpty();
    }

    private Optional<Notice> notice(String household, LocalDate today) {
        List<Pick> picks =
                restocking.suggest(household, today, id -> false, NAMED).picks();
        if (picks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Notice(KIND, text(picks, Language.RU), text(picks, Language.EN)));
    }

    private String text(List<Pick> picks, Language language) {
        List<String> names = picks.stream()
                .map(p -> Replies.productName(p.product(), language))
                .toList();
        return replies.say(language, "weekly.notice", String.join(", ", names));
    }
}
