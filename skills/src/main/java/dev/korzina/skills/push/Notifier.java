package dev.korzina.skills.push;

/**
 * Delivers notices to the members of a household through the channels that can push (Telegram); each channel
 * honours its recipients' opt-outs and quiet hours and its platform's rate limits.
 */
public interface Notifier {

    /**
     * Sends a notice to a household.
     *
     * @param householdId the household
     * @param notice the message
     * @return how many recipients it was queued for; 0 when no member can be reached or all opted out
     */
    int notify(String householdId, Notice notice);
}
