package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * One inline keyboard button.
 *
 * @param text its label
 * @param callbackData what a press sends back, 1–64 bytes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record InlineKeyboardButton(String text, Optional<String> callbackData) {}
