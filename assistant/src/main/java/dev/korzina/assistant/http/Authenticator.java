package dev.korzina.assistant.http;

import dev.korzina.cart.UnauthorizedException;
import dev.korzina.store.identity.Caller;
import dev.korzina.store.identity.Identity;
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
        return identity(request).caller();
    }

    /**
     * The caller a token belongs to.
     *
     * @param token the token
     * @return the caller
     * @throws UnauthorizedException for an unknown token
     */
    public Caller caller(String token) {
        return identity(token).caller();
    }

    /**
     * The caller of a request, with their household's cart.
     *
     * @param request the request
     * @return the caller and cart
     * @throws UnauthorizedException without a token or with an unknown one
     */
    public Identity identity(ServerRequest request) {
        return identity(token(request));
    }

    private Identity identity(String token) {
        return Optional.of(token)
                .filter(t -> !t.isBlank())
                .flatMap(identities::identity)
                .orElseThrow(() -> new UnauthorizedException("the token is unknown or expired; open a new session"));
    }

    private static String token(ServerRequest request) {
        String header = request.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER) || header.length() <= BEARER.length()) {
            throw new UnauthorizedException("send Authorization: Bearer <token> (POST /api/sessions gives one)");
        }
        return header.substring(BEARER.length()).strip();
    }
}
