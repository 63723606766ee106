package dev.korzina.assistant.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.cart.InvalidRequestException;
import io.helidon.webserver.http.ServerRequest;
import java.math.BigDecimal;
import java.util.Optional;

/** Reads JSON request bodies and their fields, failing with the field's name when one is missing or wrong. */
public final class JsonBodies {

    private final ObjectMapper json;

    /**
     * Creates the reader.
     *
     * @param json the API's mapper
     */
    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The request's body as a JSON object.
     *
     * @param request the request
     * @return the object
     * @throws InvalidRequestException when the body is not a JSON object
     */
    public JsonNode object(ServerRequest request) {
        return object(request.content().hasEntity() ? request.content().as(String.class) : "");
    }

    /**
     * A body already read, as a JSON object.
     *
     * @param body the raw body
     * @return the object
     * @throws InvalidRequestException when the body is not a JSON object
     */
    public JsonNode object(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new InvalidRequestException(Optional.empty(), "the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(
                    Optional.empty(), "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A required text field.
     *
     * @param body the object
     * @param field the field's name
     * @return its value
     */
    public static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new InvalidRequestException(
                    Optional.of(field), field + " is required and must be a non-empty string");
        }
        return value.asText();
    }

    /**
     * A required number field.
     *
     * @param body the object
     * @param field the field's name
     * @return its value
     */
    public static BigDecimal number(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isNumber()) {
            throw new InvalidRequestException(Optional.of(field), field + " is required and must be a number");
        }
        return value.decimalValue();
    }

    /**
     * An optional number field.
     *
     * @param body the object
     * @param field the field's name
     * @param otherwise its value when absent
     * @return its value
     */
    public static BigDecimal number(JsonNode body, String field, BigDecimal otherwise) {
        return body.hasNonNull(field) ? number(body, field) : otherwise;
    }
}
