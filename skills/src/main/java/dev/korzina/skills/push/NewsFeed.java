package dev.korzina.skills.push;

import java.util.List;

/**
 * The notices a household has not heard yet, and whether it wants any. Channels that cannot push (Alice) start the
 * next conversation turn with them; taking them marks them heard for every channel.
 */
public interface NewsFeed {

    /**
     * Takes the household's unheard notices: the newest of each kind, oldest first.
     *
     * @param householdId the household
     * @return the notices, now heard
     */
    List<Notice> take(String householdId);

    /**
     * Turns a household's notices off ("не присылай уведомления") or on again.
     *
     * @param householdId the household
     * @param enabled false to receive no notices
     */
    void setEnabled(String householdId, boolean enabled);
}
