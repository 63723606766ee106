package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.channel.telegram.botapi.Voice;
import java.util.Optional;

/** Turns a voice message into text, where a provider is configured; none is built in yet. */
@FunctionalInterface
public interface SpeechToText {

    /** No provider: every voice message is answered with a request to type. */
    SpeechToText NONE = voice -> Optional.empty();

    /**
     * Transcribes a recording.
     *
     * @param voice the voice message
     * @return what was said, or empty when it cannot be transcribed
     */
    Optional<String> transcribe(Voice voice);
}
