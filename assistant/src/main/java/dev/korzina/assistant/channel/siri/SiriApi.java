package dev.korzina.assistant.channel.siri;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.assistant.channel.Turns;
import dev.korzina.assistant.http.ApiError;
import dev.korzina.assistant.http.JsonBodies;
import dev.korzina.cart.CartException;
import dev.korzina.nlu.Language;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.DatabaseException;
import dev.korzina.store.identity.Identity;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /siri} (also {@code /siri/v1/utterance}) with {@code Authorization: Bearer <token>} and
 * {@code {"text","locale"}}: one turn of the token's household member, answered {@code {"speech","display","end"}}.
 * Errors keep that shape (with the API's {@code error} beside it) and a status other than 200.
 */
public final class SiriApi implements HttpService {

    /** The route the API is registered under. */
    public static final String PATH = "/siri";

    private static final Logger LOG = Logger.getLogger(SiriApi.class.getName());
    private static final String BEARER = "bearer ";
    private static final int MAX_TEXT = 1000;
    private static final int MAX_BODY = 64 * 1024;

    private final SiriTokens tokens;
    private final Turns turns;
    private final JsonBodies bodies;
    private final ChannelTexts texts = new ChannelTexts("dev.korzina.assistant.channel.siri.siri");

    /**
     * Creates the API.
     *
     * @param tokens recognises the Shortcuts' tokens
     * @param turns answers turns
     * @param bodies reads request bodies
     */
    public SiriApi(SiriTokens tokens, Turns turns, JsonBodies bodies) {
        this.tokens = tokens;
        this.turns = turns;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::utterance).post("/v1/utterance", this::utterance);
    }

    private void utterance(ServerRequest request, ServerResponse response) {
        Optional<Identity> identity = bearer(request).flatMap(tokens::identity);
        Language locale = Language.RU;
        if (identity.isEmpty()) {
            fail(response, Status.UNAUTHORIZED_401, "unauthorized", locale);
            return;
        }
        if (!request.headers()
                .contentType()
                .map(t -> t.test(MediaTypes.APPLICATION_JSON))
                .orElse(false)) {
            fail(response, Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported_media_type", locale);
            return;
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY) {
            fail(response, Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large", locale);
            return;
        }
        try {
            JsonNode body = bodies.object(request);
            Optional<Language> language = Optional.ofNullable(body.get("locale"))
                    .filter(JsonNode::isTextual)
                    .map(l -> l.asText().toLowerCase(Locale.ROOT))
                    .flatMap(l -> Language.fromCode(l.substring(0, Math.min(2, l.length()))));
            locale = language.orElse(locale);
            String text = JsonBodies.text(body, "text");
            if (text.length() > MAX_TEXT) {
                fail(response, Status.BAD_REQUEST_400, "bad_request", locale);
                return;
            }
            Identity member = identity.get();
            TurnResult result = turns.turn(
                    () -> member,
                    SiriTokens.CHANNEL,
                    SiriTokens.CHANNEL + ":" + member.caller().customerId(),
                    text,
                    language);
            response.send(new SiriReply(
                    result.reply().tts(), result.reply().text(), result.reply().endSession(), Optional.empty()));
        } catch (CartException | RequestException e) {
            fail(response, Status.BAD_REQUEST_400, "bad_request", locale);
        } catch (DatabaseException e) {
            LOG.log(Level.WARNING, "a Siri turn failed", e);
            fail(response, Status.SERVICE_UNAVAILABLE_503, "unavailable", locale);
        }
    }

    private void fail(ServerResponse response, Status status, String code, Language language) {
        LOG.info(() -> "Siri request refused: " + status.code() + " " + code);
        String speech = texts.say(language, code + ".speech");
        response.status(status)
                .send(new SiriReply(
                        speech,
                        texts.say(language, code + ".display"),
                        true,
                        Optional.of(ApiError.of(code, speech).error())));
    }

    private static Optional<String> bearer(ServerRequest request) {
        return request.headers()
                .first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(BEARER))
                .map(h -> h.substring(BEARER.length()).strip())
                .filter(t -> !t.isEmpty());
    }
}
