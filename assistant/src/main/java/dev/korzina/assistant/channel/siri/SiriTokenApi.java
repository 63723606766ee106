package dev.korzina.assistant.channel.siri;

import dev.korzina.assistant.http.Authenticator;
import dev.korzina.assistant.http.JsonBodies;
import dev.korzina.cart.InvalidRequestException;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Optional;

/**
 * {@code POST /api/tokens} with {@code Authorization: Bearer <session token>} and {@code {"member"}}: a Siri Shortcut
 * token for a new member of the caller's household, shown once ({@code {"token","member"}}); the web chat's account
 * section uses it, {@code korzina tokens create} does the same from the command line.
 */
public final class SiriTokenApi implements HttpService {

    private static final int MAX_MEMBER_LENGTH = 60;

    private final SiriTokens tokens;
    private final Authenticator authenticator;
    private final JsonBodies bodies;

    /**
     * Creates the API.
     *
     * @param tokens issues the tokens
     * @param authenticator finds the caller of a request
     * @param bodies reads request bodies
     */
    public SiriTokenApi(SiriTokens tokens, Authenticator authenticator, JsonBodies bodies) {
        this.tokens = tokens;
        this.authenticator = authenticator;
        this.bodies = bodies;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/", this::issue);
    }

    private void issue(ServerRequest request, ServerResponse response) {
        var caller = authenticator.caller(request);
        String member = JsonBodies.text(bodies.object(request), "member").strip();
        if (member.isEmpty() || member.length() > MAX_MEMBER_LENGTH) {
            throw new InvalidRequestException(
                    Optional.of("member"), "member must be a name of 1 to " + MAX_MEMBER_LENGTH + " characters");
        }
        SiriTokens.Issued issued = tokens.create(caller, member);
        response.send(new IssuedBody(issued.token(), issued.member()));
    }

    /**
     * A token issued.
     *
     * @param token the bearer token for the Shortcut, shown only now
     * @param member whose it is
     */
    record IssuedBody(String token, String member) {}
}
