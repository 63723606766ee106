package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A special part of a message's text.
 *
 * @param type {@code mention}, {@code bot_command}, {@code bold}, …
 * @param offset where it starts, in UTF-16 code units
 * @param length its length, in UTF-16 code units
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageEntity(String type, int offset, int length) {}
