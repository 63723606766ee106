package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;

/**
 * Buttons under a message, in rows.
 *
 * @param inlineKeyboard the rows of buttons
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InlineKeyboardMarkup(List<List<InlineKeyboardButton>> inlineKeyboard) {

    /** Copies the rows. */
    public InlineKeyboardMarkup {
        inlineKeyboard = inlineKeyboard.stream().map(List::copyOf).toList();
    }

    /**
     * The button that sends a callback data.
     *
     * @param data the {@code callback_data}
     * @return the button, or empty when no button sends it
     */
    public Optional<InlineKeyboardButton> button(String data) {
        return inlineKeyboard.stream()
                .flatMap(List::stream)
                .filter(b -> b.callbackData().filter(data::equals).isPresent())
                .findFirst();
    }
}
