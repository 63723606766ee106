package dev.korzina.assistant.http;

import dev.korzina.cart.UnauthorizedException;
import dev.korzina.store.identity.Caller;
import dev.korzina.store.identity.PostgresIdentityStore;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Locale;
import java.util.Optional;

/** Finds the caller of a request from its {@code Authorization: Bearer} token. */
public final class Authenticator {

    private static final String BEARER = "bearer ";

    private final PostgresIdentityStore identities;

    /**
     * Creates the authenticator.
     *
     * @param identities where sessions are kept
     */
    public Authenticator(PostgresIdentityStore identities) {
        this.identities = identities;
    }

    /**
     * The caller of a request.
     *
     * @param request the request
     * @return the caller
     * @throws UnauthorizedException without a token or with an unknown one
     */
    public Caller caller(ServerRequest request) {
        String header = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER) || header.length() <= BEARER.length()) {
            throw new UnauthorizedException("send Authorization: Bearer <token> (POST /api/sessions gives one)");
        }
        return caller(header.substring(BEARER.length()).strip());
    }

    /**
     * The caller a token belongs to.
     *
     * @param token the token
     * @return the caller
     * @throws UnauthorizedException for an unknown token
     */
    public Caller caller(String token) {
        return Optional.of(token)
                .filter(t -> !t.isBlank())
                .flatMap(identities::authenticate)
                .orElseThrow(() -> new UnauthorizedException("the token is unknown or expired; open a new session"));
    }
}
