package dev.korzina.skills;

import java.time.LocalDate;
import java.util.Optional;

/** Remembers, per household, when the weekly basket was last offered and whether the household wants it at all. */
public interface WeeklyOffers {

    /**
     * The last day the household was offered its weekly basket.
     *
     * @param householdId the household
     * @return the day, or empty when never
     */
    Optional<LocalDate> lastOffered(String householdId);

    /**
     * Notes that the household was offered its weekly basket.
     *
     * @param householdId the household
     * @param day the day of the offer
     */
    void offered(String householdId, LocalDate day);

    /**
     * Whether the household said it does not want the weekly offer.
     *
     * @param householdId the household
     * @return true after {@link #optOut}
     */
    boolean optedOut(String householdId);

    /**
     * Stops the weekly offers to a household ("не предлагай покупки").
     *
     * @param householdId the household
     */
    void optOut(String householdId);
}
