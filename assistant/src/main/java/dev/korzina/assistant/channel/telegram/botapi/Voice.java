package dev.korzina.assistant.channel.telegram.botapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * A voice recording.
 *
 * @param fileId the id to download it with {@code getFile}
 * @param duration its length in seconds
 * @param mimeType its format, usually {@code audio/ogg}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Voice(String fileId, int duration, Optional<String> mimeType) {}
