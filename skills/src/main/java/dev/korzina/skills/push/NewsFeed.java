package dev.korzina.skills.push;

import java.util.List;

/**
 * The notices a household has not heard yet, and whether it wants any. Channels that cannot push (Alice) start the
 * next conversation turn with them; once said, they are marked heard for every channel. A delivered order that
 * awaits the household's rating is news too.
 */
public interface NewsFeed {

    /**
     * The household's unheard notices, the newest of each kind, oldest first; they stay unheard until
     * {@link #markHeard marked}, so a turn that fails after reading them loses none. Also whether a delivered order
     * awaits a rating, in the same read.
     *
     * @param householdId the household
     * @return the notices, how far they reach, and whether a rating is due
     */
    Fresh fresh(String householdId);

    /**
     * Marks heard the notices a {@link #fresh} read found (and any older ones), not those that came after it.
     *
     * @param householdId the household
     * @param through the {@link Fresh#through} of that read
     */
    void markHeard(String householdId, long through);

    /**
     * Turns a household's notices off ("не присылай уведомления") or on again.
     *
     * @param householdId the household
     * @param enabled false to receive no notices
     */
    void setEnabled(String householdId, boolean enabled);

    /**
     * A household's news as read at one moment.
     *
     * @param notices the newest unheard notice of each kind, oldest first
     * @param through the position of the last notice read, to {@link #markHeard mark heard} up to
     * @param ratingDue whether a delivered order has not been asked about yet (the order book
     *     {@link dev.korzina.skills.orders.OrderBook#takeFeedbackDue takes} it when a reply asks)
     */
    record Fresh(List<Notice> notices, long through, boolean ratingDue) {

        /** Copies the list. */
        public Fresh {
            notices = List.copyOf(notices);
        }
    }
}
