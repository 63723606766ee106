package dev.korzina.skills;

import java.util.Optional;

/** Keeps each conversation's state between turns, so it survives restarts and works across instances. */
public interface ConversationStore {

    /**
     * The state of a conversation.
     *
     * @param conversationId the conversation
     * @return its state, or empty when it has none yet
     */
    Optional<Conversation> load(String conversationId);

    /**
     * Replaces the state of a conversation.
     *
     * @param conversationId the conversation
     * @param conversation its new state
     */
    void save(String conversationId, Conversation conversation);
}
