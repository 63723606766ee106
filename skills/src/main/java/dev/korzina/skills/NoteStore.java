package dev.korzina.skills;

import java.util.List;

/** The household's free-text shopping list entries: what the user asked for that is no catalog product. */
public interface NoteStore {

    /**
     * The notes of a household.
     *
     * @param householdId the household
     * @return its notes, oldest first
     */
    List<String> notes(String householdId);

    /**
     * Adds a note unless the household has the same one already.
     *
     * @param householdId the household
     * @param text the note
     */
    void add(String householdId, String text);

    /**
     * Removes a note.
     *
     * @param householdId the household
     * @param text the note, as stored
     * @return whether there was such a note
     */
    boolean remove(String householdId, String text);
}
