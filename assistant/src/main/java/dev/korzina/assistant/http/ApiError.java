package dev.korzina.assistant.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * The error body of every API endpoint: {@code {"error":{"code":"…","message":"…"}}}, with {@code "field"} when
 * one field of the request is at fault.
 *
 * @param error the code and message
 */
public record ApiError(Detail error) {

    /**
     * What went wrong.
     *
     * @param code a stable snake_case code
     * @param message a sentence for a person
     * @param field the request field at fault, if one is
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Detail(String code, String message, Optional<String> field) {}

    /**
     * Creates an error body.
     *
     * @param code a stable snake_case code
     * @param message a sentence for a person
     * @return the body
     */
    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message, Optional.empty()));
    }

    /**
     * Creates an error body about one field.
     *
     * @param code a stable snake_case code
     * @param message a sentence for a person
     * @param field the field at fault
     * @return the body
     */
    public static ApiError of(String code, String message, Optional<String> field) {
        return new ApiError(new Detail(code, message, field));
    }
}
