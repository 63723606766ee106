package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * A Telegram user or bot.
 *
 * @param id the user's id
 * @param isBot whether it is a bot
 * @param languageCode the IETF tag of the user's app language, if known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(long id, boolean isBot, Optional<String> languageCode) {}
