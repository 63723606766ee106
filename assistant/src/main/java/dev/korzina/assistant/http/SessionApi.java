package dev.korzina.assistant.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.store.identity.PostgresIdentityStore;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code POST /api/sessions} with {@code {"channel","external_id"}}: a token for a new or known channel identity,
 * with its customer and cart. Open in the embedded set-up; with {@code api.admin-key} configured, the request must
 * carry it in {@code X-Admin-Key}. With {@code {"role":"staff","external_id":"olga"}} it opens a support staff
 * session, which always needs the admin key: without one configured, staff sessions are refused.
 *
 * <pre>
 * curl -d '{"channel":"web","external_id":"kitchen-tablet"}' http://127.0.0.1:8080/api/sessions
 * curl -H 'X-Admin-Key: …' -d '{"role":"staff","external_id":"olga"}' http://127.0.0.1:8080/api/sessions
 * </pre>
 */
public final class SessionApi implements HttpService {

    private static final HeaderName ADMIN_KEY = HeaderNames.create("X-Admin-Key");
    private static final int MAX_ID_LENGTH = 200;
    private static final String CUSTOMER = "customer";
    private static final String STAFF = "staff";

    private final PostgresIdentityStore identities;
    private final JsonBodies bodies;
    private final Optional<String> adminKey;

    /**
     * Creates the API.
     *
     * @param identities where identities and sessions are kept
     * @param bodies reads request bodies
     * @param adminKey the key sessions require, if any
     */
    public SessionApi(PostgresIdentityStore identities, JsonBodies bodies, Optional<String> adminKey) {
        this.identities = identities;
        this.bodies = bodies;
        this.adminKey = adminKey;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::open);
    }

    private void open(ServerRequest request, ServerResponse response) {
        if (adminKey.isPresent()) {
            checkAdminKey(request, adminKey.get());
        }
        JsonNode body = bodies.object(request);
        String role = body.path("role").asText(CUSTOMER);
        String externalId = limited(JsonBodies.text(body, "external_id"), "external_id");
        switch (role) {
            case STAFF -> {
                if (adminKey.isEmpty()) {
                    throw new ForbiddenException(
                            "staff sessions are disabled: configure api.admin-key and send it in X-Admin-Key");
                }
                response.send(identities.openStaffSession(externalId));
            }
            case CUSTOMER -> {
                String channel = limited(JsonBodies.text(body, "channel"), "channel");
                if (channel.equals(PostgresIdentityStore.STAFF_CHANNEL)) {
                    throw new InvalidRequestException(
                            Optional.of("channel"),
                            "the channel staff is only for staff sessions (\"role\":\"staff\")");
                }
                response.send(identities.openSession(channel, externalId));
            }
            default -> throw new InvalidRequestException(Optional.of("role"), "role must be customer or staff");
        }
    }

    private static void checkAdminKey(ServerRequest request, String key) {
        String given = request.headers().first(ADMIN_KEY).orElse("");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("opening sessions needs the admin key in X-Admin-Key");
        }
    }

    private static String limited(String value, String field) {
        if (value.length() > MAX_ID_LENGTH) {
            throw new InvalidRequestException(
                    Optional.of(field), field + " may have at most " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }
}
