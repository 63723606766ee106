package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A member of a chat.
 *
 * @param user the member
 * @param status {@code creator}, {@code administrator}, {@code member}, {@code restricted}, {@code left} or
 *     {@code kicked}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatMember(User user, String status) {}
