package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A change of a chat member's status; for the bot itself in a private chat, {@code kicked} means the user blocked
 * it and {@code member} that they unblocked it.
 *
 * @param chat the chat
 * @param from who made the change
 * @param newChatMember the member after the change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMemberUpdated(Chat chat, User from, ChatMember newChatMember) {}
