package dev.korzina.assistant.http;

/**
 * The error body of every API endpoint: {@code {"error":{"code":"…","message":"…"}}}.
 *
 * @param error the code and message
 */
public record ApiError(Detail error) {

    /**
     * What went wrong.
     *
     * @param code a stable snake_case code
     * @param message a sentence for a person
     */
    public record Detail(String code, String message) {}

    /**
     * Creates an error body.
     *
     * @param code a stable snake_case code
     * @param message a sentence for a person
     * @return the body
     */
    public static ApiError of(String code, String message) {
        return new ApiError(new Detail(code, message));
    }
}
