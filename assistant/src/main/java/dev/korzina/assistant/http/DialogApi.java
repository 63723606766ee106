package dev.korzina.assistant.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.cart.Cart;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.nlu.Language;
import dev.korzina.skills.Reply;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.identity.Identity;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/dialog/turns} with {@code Authorization: Bearer <token>} and {@code {"text","lang"}}: one turn of
 * the session's customer with the assistant, answered with the reply, the intent, the cart and the notes after it.
 * The web chat talks through it; the conversation is keyed by customer and session channel.
 */
public final class DialogApi implements HttpService {

    private static final int MAX_TEXT_LENGTH = 1000;

    private final Dialogs dialogs;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /**
     * Creates the API.
     *
     * @param dialogs answers turns
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     */
    public DialogApi(Dialogs dialogs, Authenticator authenticator, JsonBodies bodies) {
        this.dialogs = dialogs;
        this.authenticator = authenticator;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/turns", this::turn);
    }

    private void turn(ServerRequest request, ServerResponse response) {
        Identity identity = authenticator.identity(request);
        JsonNode body = bodies.object(request);
        String text = JsonBodies.text(body, "text");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidRequestException(
                    Optional.of("text"), "text may have at most " + MAX_TEXT_LENGTH + " characters");
        }
        Optional<Language> language = Optional.ofNullable(body.get("lang"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .map(code -> Language.fromCode(code)
                        .orElseThrow(() -> new InvalidRequestException(Optional.of("lang"), "lang must be ru or en")));
        String channel = identity.caller().channel();
        TurnResult result = dialogs.turn(
                () -> identity, channel, channel + ":" + identity.caller().customerId(), text, language);
        response.send(new TurnBody(result.intent(), result.reply(), result.cart(), result.notes()));
    }

    /**
     * The answer to a turn.
     *
     * @param intent what the user wanted ({@code add_items})
     * @param reply the text, the speech, the buttons and whether the conversation ends
     * @param cart the household's cart after the turn
     * @param notes the household's free-text list entries
     */
    record TurnBody(String intent, Reply reply, Cart cart, List<String> notes) {}
}
