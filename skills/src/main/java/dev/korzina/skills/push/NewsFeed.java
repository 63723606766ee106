package dev.korzina.skills.push;

import java.util.List;

/**
 * The notices a household has not heard yet, and whether it wants any. Channels that cannot push (Alice) start the
 * next conversation turn with them; once said, they are marked heard for every channel.
 */
public interface NewsFeed {

    /**
     * The household's unheard notices, the newest of each kind, oldest first; they stay unheard until
     * {@link #markHeard marked}, so a turn that fails after reading them loses none.
     *
     * @param householdId the household
     * @return the notices and how far they reach
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
     * A household's unheard notices as read at one moment.
     *
     * @param notices the newest of each kind, oldest first
     * @param through the position of the last notice read, to {@link #markHeard mark heard} up to
     */
    record Fresh(List<Notice> notices, long through) {

        /** Copies the list. */
        public Fresh {
            notices = List.copyOf(notices);
        }
    }
}
