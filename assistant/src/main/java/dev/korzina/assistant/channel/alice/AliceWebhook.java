package dev.korzina.assistant.channel.alice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.channel.ChannelTexts;
import dev.korzina.assistant.channel.Turns;
import dev.korzina.assistant.config.AliceSettings;
import dev.korzina.assistant.http.ApiError;
import dev.korzina.assistant.http.ErrorHandling;
import dev.korzina.nlu.Language;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.identity.PostgresIdentityStore;
import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /alice} (or {@code /alice/<secret>}): the Yandex Dialogs webhook. Requests of another skill get a bare
 * 403; a body that is not a JSON request of the protocol (wrong content type, over 64 KiB, malformed, no session)
 * gets a 4xx JSON error; everything else gets a protocol answer.
 */
public final class AliceWebhook implements HttpService {

    /** The route the webhook is registered under. */
    public static final String PATH = "/alice";

    static final String BUNDLE = "dev.korzina.assistant.channel.alice.alice";

    static final int MAX_BODY = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(AliceWebhook.class.getName());

    private final AliceSettings settings;
    private final AliceSkill skill;
    private final AliceRenderer renderer;
    private final ObjectMapper json;

    /**
     * Creates the webhook.
     *
     * @param settings the skill id, path secret and deadline
     * @param skill decides the answers
     * @param renderer fits them to the device
     * @param json the server's JSON mapper
     */
    AliceWebhook(AliceSettings settings, AliceSkill skill, AliceRenderer renderer, ObjectMapper json) {
        this.settings = settings;
        this.skill = skill;
        this.renderer = renderer;
        this.json = json;
        if (settings.skillId().isEmpty()) {
            LOG.warning("alice.skill.id (KORZINA_ALICE_SKILL_ID) is not set: requests of every Alice skill are"
                    + " accepted; set it to your skill's id");
        }
    }

    /**
     * The webhook wired over the server's parts.
     *
     * @param settings the skill id, path secret and deadline
     * @param turns answers dialog turns
     * @param identities resolves Alice users and API tokens to customers
     * @param linker joins households by code
     * @param json the server's JSON mapper
     * @return the webhook, to register under {@link #PATH}
     */
    public static AliceWebhook create(
            AliceSettings settings,
            Turns turns,
            PostgresIdentityStore identities,
            HouseholdLinker linker,
            ObjectMapper json) {
        ChannelTexts texts = new ChannelTexts(BUNDLE);
        return new AliceWebhook(
                settings,
                new AliceSkill(turns, identities, linker, texts, new LateAnswers(settings.deadline())),
                new AliceRenderer(texts),
                json);
    }

    @Override
    public void routing(HttpRules rules) {
        if (settings.pathSecret().isPresent()) {
            rules.post("/{secret}", this::guarded);
        } else {
            rules.post("/", this::handle);
        }
    }

    private void guarded(ServerRequest request, ServerResponse response) {
        String secret = request.path().pathParameters().get("secret");
        if (!same(secret, settings.pathSecret().orElseThrow())) {
            ErrorHandling.notFound(request, response);
            return;
        }
        handle(request, response);
    }

    private void handle(ServerRequest request, ServerResponse response) {
        boolean json = request.headers()
                .contentType()
                .map(type -> type.test(MediaTypes.APPLICATION_JSON))
                .orElse(false);
        if (!json) {
            refuse(response, Status.UNSUPPORTED_MEDIA_TYPE_415, "unsupported_media_type", "send application/json");
            return;
        }
        if (request.headers().contentLength().orElse(0) > MAX_BODY) {
            refuse(response, Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large", "the body is over 64 KiB");
            return;
        }
        byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        if (body.length > MAX_BODY) {
            refuse(response, Status.REQUEST_ENTITY_TOO_LARGE_413, "payload_too_large", "the body is over 64 KiB");
            return;
        }
        AliceRequest parsed;
        try {
            parsed = this.json.readValue(body, AliceRequest.class);
        } catch (IOException e) {
            refuse(
                    response,
                    Status.BAD_REQUEST_400,
                    "bad_request",
                    "the body is not an Alice request: "
                            + (e instanceof JsonProcessingException p ? p.getOriginalMessage() : "unreadable"));
            return;
        }
        if (parsed == null) {
            refuse(response, Status.BAD_REQUEST_400, "bad_request", "the body is empty");
            return;
        }
        if (parsed.session().isEmpty()) {
            refuse(response, Status.BAD_REQUEST_400, "bad_request", "session is required");
            return;
        }
        if (!acceptedSkill(parsed)) {
            LOG.info("Alice request of another skill refused: 403");
            response.status(Status.FORBIDDEN_403).send(ApiError.of("forbidden", "Forbidden."));
            return;
        }
        Optional<String> user = parsed.session().flatMap(AliceWebhook::user);
        if (user.isEmpty()) {
            refuse(response, Status.BAD_REQUEST_400, "bad_request", "session with user or application is required");
            return;
        }
        if (parsed.request().isEmpty() && parsed.accountLinkingCompleteEvent().isEmpty()) {
            refuse(response, Status.BAD_REQUEST_400, "bad_request", "request is required");
            return;
        }
        AliceSkill.Spoken spoken = skill.answer(parsed, user.get());
        AliceRequest.Meta device = parsed.meta()
                .orElseGet(() ->
                        new AliceRequest.Meta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        boolean loggedIn = parsed.session()
                .flatMap(AliceRequest.Session::user)
                .flatMap(AliceRequest.User::userId)
                .isPresent();
        Language language = spoken.language();
        response.send(renderer.render(spoken.answer(), language, device, loggedIn));
    }

    private boolean acceptedSkill(AliceRequest request) {
        return settings.skillId()
                .map(expected -> request.session()
                        .flatMap(AliceRequest.Session::skillId)
                        .map(actual -> same(actual, expected))
                        .orElse(false))
                .orElse(true);
    }

    /** A logged-in Yandex user is keyed by user id, an anonymous one by app instance, else by the session. */
    private static Optional<String> user(AliceRequest.Session session) {
        return session.user()
                .flatMap(AliceRequest.User::userId)
                .filter(id -> !id.isBlank())
                .map(id -> "user:" + id)
                .or(() -> session.application()
                        .flatMap(AliceRequest.Application::applicationId)
                        .filter(id -> !id.isBlank())
                        .map(id -> "app:" + id))
                .or(() -> session.sessionId().filter(id -> !id.isBlank()).map(id -> "session:" + id));
    }

    private static void refuse(ServerResponse response, Status status, String code, String message) {
        LOG.info(() -> "Alice request refused: " + status.code() + " " + message);
        response.status(status).send(ApiError.of(code, message));
    }

    /** Compares secrets in time that does not depend on where they differ (also for {@link AliceOAuth}). */
    static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
