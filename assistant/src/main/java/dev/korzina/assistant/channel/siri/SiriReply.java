package dev.korzina.assistant.channel.siri;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.korzina.assistant.http.ApiError;
import java.util.Optional;

/**
 * What a Shortcut gets back, errors included.
 *
 * @param speech what Siri says, plain text
 * @param display what the Shortcut may show
 * @param end whether the conversation is over
 * @param error for an error, the API's error code and message
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SiriReply(String speech, String display, boolean end, Optional<ApiError.Detail> error) {}
