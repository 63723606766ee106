package dev.korzina.assistant.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.channel.telegram.botapi.Update;
import dev.korzina.assistant.http.ApiError;
import dev.korzina.store.DatabaseException;
import dev.korzina.store.telegram.PostgresTelegramStore;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /telegram/{secret}}: the webhook Telegram posts updates to. The path secret and the
 * {@code X-Telegram-Bot-Api-Secret-Token} header must both equal the configured secret (else 403 or 401). A valid
 * update is answered 200 once it is handled, and a redelivered {@code update_id} is answered 200 without handling it
 * again; a body that is not an update gets a 4xx JSON error.
 *
 * <pre>
 * curl -X POST http://127.0.0.1:8080/telegram/SECRET -H 'X-Telegram-Bot-Api-Secret-Token: SECRET' \
 *      -H 'Content-Type: application/json' -d '{"update_id":1,"message":{…}}'
 * </pre>
 */
final class TelegramWebhook implements HttpService {

    private static final Logger LOG = Logger.getLogger(TelegramWebhook.class.getName());

    /** The header Telegram sends the secret token in. */
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    /** The largest update accepted; real ones are a few KB. */
    static final int MAX_BODY = 64 * 1024;

    private static final Map<String, Boolean> OK = Map.of("ok", true);

    private final byte[] secret;
    private final ObjectMapper json;
    private final PostgresTelegramStore chats;
    private final UpdateHandler handler;

    TelegramWebhook(String secret, ObjectMapper json, PostgresTelegramStore chats, UpdateHandler handler) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.chats = chats;
        this.handler = handler;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/{secret}", this::update);
    }

    private void update(ServerRequest request, ServerResponse response) {
        if (!matches(request.path().pathParameters().get("secret"))) {
            refuse(response, Status.FORBIDDEN_403, "forbidden", "This is not the webhook's address.");
            return;
        }
        if (!matches(request.headers().first(HeaderNames.create(SECRET_HEADER)).orElse(""))) {
            refuse(response, Status.UNAUTHORIZED_401, "unauthorized", SECRET_HEADER + " is missing or wrong.");
            return;
        }
        boolean isJson = request.headers()
                .contentType()
                .map(type ->
                        "application/json".equalsIgnoreCase(type.mediaType().text()))
                .orElse(false);
        if (!isJson) {
            refuse(response, Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported_media_type", "Send application/json.");
            return;
        }
        byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        if (body.length > MAX_BODY) {
            refuse(response, Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large", "An update is at most 64 KiB.");
            return;
        }
        Optional<Update> update = parse(body);
        if (update.isEmpty()) {
            refuse(response, Status.BAD_REQUEST_400, "bad_request", "The body is not a Telegram update.");
            return;
        }
        if (update.get().updateId() == null) {
            response.status(Status.BAD_REQUEST_400)
                    .send(ApiError.of("bad_request", "update_id is required.", Optional.of("update_id")));
            return;
        }
        handle(update.get());
        response.send(OK);
    }

    private void handle(Update update) {
        long id = update.updateId();
        if (!chats.firstDelivery(id)) {
            LOG.fine(() -> "update " + id + " was handled before");
            return;
        }
        try {
            handler.handle(update);
        } catch (DatabaseException e) {
            // not handled: let Telegram deliver it again
            chats.forget(id);
            throw e;
        } catch (RuntimeException e) {
            // a redelivery would fail the same way: log it and let Telegram move on
            LOG.log(Level.SEVERE, "update " + id + " could not be handled", e);
        }
    }

    private Optional<Update> parse(byte[] body) {
        try {
            Update update = json.readValue(body, Update.class);
            return Optional.ofNullable(update);
        } catch (IOException e) {
            LOG.info(() -> "refused a webhook body that is not an update: " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(ServerResponse response, Status status, String code, String message) {
        LOG.info(() -> "refused a webhook request: " + status.code() + " " + message);
        response.status(status).send(ApiError.of(code, message));
    }
}
