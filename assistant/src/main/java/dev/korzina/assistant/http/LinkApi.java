package dev.korzina.assistant.http;

import dev.korzina.store.cart.HouseholdLinker;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * Linking identities into one household: {@code POST /api/link-codes} issues a one-time code for the caller's
 * household; {@code POST /api/link-codes/redeem} with {@code {"code"}} joins the caller to it and merges carts.
 */
public final class LinkApi implements HttpService {

    private final HouseholdLinker linker;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /**
     * Creates the API.
     *
     * @param linker issues and redeems codes
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     */
    public LinkApi(HouseholdLinker linker, Authenticator authenticator, JsonBodies bodies) {
        this.linker = linker;
        this.authenticator = authenticator;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::issue).post("/redeem", this::redeem);
    }

    private void issue(ServerRequest request, ServerResponse response) {
        response.send(linker.issue(authenticator.caller(request)));
    }

    private void redeem(ServerRequest request, ServerResponse response) {
        var caller = authenticator.caller(request);
        String code = JsonBodies.text(bodies.object(request), "code");
        response.send(linker.redeem(caller, code));
    }
}
