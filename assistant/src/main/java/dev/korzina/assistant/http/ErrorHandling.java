package dev.korzina.assistant.http;

import dev.korzina.cart.CartException;
import dev.korzina.cart.CartNotFoundException;
import dev.korzina.cart.CartUnavailableException;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.cart.ProductNotFoundException;
import dev.korzina.cart.TooManyRequestsException;
import dev.korzina.cart.UnauthorizedException;
import dev.korzina.cart.VersionConflictException;
import dev.korzina.store.DatabaseException;
import io.helidon.http.HeaderNames;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps every exception a handler throws to the JSON error shape; no stack trace ever reaches a client. */
public final class ErrorHandling {

    private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

    private ErrorHandling() {}

    /**
     * Registers the error handlers on a routing.
     *
     * @param routing the routing being built
     */
    public static void register(HttpRouting.Builder routing) {
        routing.error(RequestException.class, ErrorHandling::requestError)
                .error(CartException.class, ErrorHandling::cartError)
                .error(DatabaseException.class, ErrorHandling::databaseError)
                .error(Throwable.class, ErrorHandling::unexpected);
    }

    /**
     * Answers a request that no route matched.
     *
     * @param request the request
     * @param response its response
     */
    public static void notFound(ServerRequest request, ServerResponse response) {
        response.status(Status.NOT_FOUND_404)
                .send(ApiError.of(
                        "not_found", "There is nothing at " + request.path().path() + "."));
    }

    private static void requestError(ServerRequest request, ServerResponse response, RequestException e) {
        Status status = e.status();
        response.status(status)
                .send(ApiError.of(codeOf(status), e.safeMessage() ? e.getMessage() : status.reasonPhrase()));
    }

    private static void cartError(ServerRequest request, ServerResponse response, CartException e) {
        switch (e) {
            case VersionConflictException conflict -> {
                response.status(Status.PRECONDITION_FAILED_412);
                response.header(HeaderNames.ETAG, "\"" + conflict.current().version() + "\"");
                response.send(conflict.current());
            }
            case InvalidRequestException invalid ->
                response.status(Status.BAD_REQUEST_400).send(ApiError.of(e.code(), e.getMessage(), invalid.field()));
            case UnauthorizedException unauthorized ->
                response.status(Status.UNAUTHORIZED_401).send(ApiError.of(e.code(), e.getMessage()));
            case ForbiddenException forbidden ->
                response.status(Status.FORBIDDEN_403).send(ApiError.of(e.code(), e.getMessage()));
            case CartNotFoundException notFound ->
                response.status(Status.NOT_FOUND_404).send(ApiError.of(e.code(), e.getMessage()));
            case ProductNotFoundException notFound ->
                response.status(Status.NOT_FOUND_404).send(ApiError.of(e.code(), e.getMessage()));
            case TooManyRequestsException tooMany ->
                response.status(Status.TOO_MANY_REQUESTS_429).send(ApiError.of(e.code(), e.getMessage()));
            case CartUnavailableException unavailable ->
                response.status(Status.SERVICE_UNAVAILABLE_503).send(ApiError.of(e.code(), e.getMessage()));
            default -> unexpected(request, response, e);
        }
    }

    private static void databaseError(ServerRequest request, ServerResponse response, DatabaseException e) {
        LOG.log(Level.WARNING, "database failure serving " + request.path().path(), e);
        response.status(Status.SERVICE_UNAVAILABLE_503)
                .send(ApiError.of("unavailable", "The database is not answering; try again in a moment."));
    }

    private static void unexpected(ServerRequest request, ServerResponse response, Throwable e) {
        LOG.log(
                Level.SEVERE,
                "unexpected failure serving " + request.prologue().method().text() + " "
                        + request.path().path(),
                e);
        response.status(Status.INTERNAL_SERVER_ERROR_500)
                .send(ApiError.of(
                        "internal_error", "Something went wrong on our side; the request was not completed."));
    }

    private static String codeOf(Status status) {
        return switch (status.code()) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status.code();
        };
    }
}
