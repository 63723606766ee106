package dev.korzina.assistant.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.skills.push.Notice;
import dev.korzina.store.orders.PostgresNotices;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/notices}: whether the session's household receives notices (order status news, pushes) and those
 * no conversation turn has said yet; {@code PUT /api/notices} with {@code {"enabled":false}} turns them off.
 */
public final class NoticeApi implements HttpService {

    private final PostgresNotices notices;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /**
     * Creates the API.
     *
     * @param notices the households' notices and opt-outs
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     */
    public NoticeApi(PostgresNotices notices, Authenticator authenticator, JsonBodies bodies) {
        this.notices = notices;
        this.authenticator = authenticator;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::show).put("/", this::change);
    }

    private void show(ServerRequest request, ServerResponse response) {
        String household = authenticator.caller(request).householdId().toString();
        response.send(new Listing(notices.enabled(household), notices.unheard(household)));
    }

    private void change(ServerRequest request, ServerResponse response) {
        String household = authenticator.caller(request).householdId().toString();
        JsonNode enabled = bodies.object(request).get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw new InvalidRequestException(Optional.of("enabled"), "enabled is required and must be true or false");
        }
        notices.setEnabled(household, enabled.asBoolean());
        response.send(new Settings(enabled.asBoolean()));
    }

    /**
     * A household's notice settings.
     *
     * @param enabled whether it receives notices
     */
    record Settings(boolean enabled) {}

    /**
     * A household's notice settings and unheard notices.
     *
     * @param enabled whether it receives notices
     * @param unheard the notices no turn has said yet, oldest first
     */
    record Listing(boolean enabled, List<Notice> unheard) {}
}
