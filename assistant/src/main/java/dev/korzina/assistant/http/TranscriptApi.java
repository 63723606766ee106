package dev.korzina.assistant.http;

import dev.korzina.assistant.dialog.TranscriptView;
import dev.korzina.cart.ForbiddenException;
import dev.korzina.cart.InvalidRequestException;
import dev.korzina.store.transcripts.TranscriptQuery;
import dev.korzina.store.transcripts.TranscriptSearch;
import io.helidon.common.parameters.Parameters;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code GET /api/transcripts?q=…&customer=…&from=…&to=…&limit=…} for support staff (a staff session's bearer token):
 * the dialog turns that contain the words (in any inflection) of the given customer in the given period, best first,
 * or newest first without words. {@code from} and {@code to} are dates (the whole day, UTC) or ISO-8601 instants.
 *
 * <pre>curl -H 'Authorization: Bearer …' 'http://127.0.0.1:8080/api/transcripts?q=батон&amp;from=2026-11-25'</pre>
 */
public final class TranscriptApi implements HttpService {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final TranscriptSearch search;
    private final Authenticator authenticator;

    /**
     * Creates the API.
     *
     * @param search finds the turns
     * @param authenticator finds the caller of a request
     */
    public TranscriptApi(TranscriptSearch search, Authenticator authenticator) {
        this.search = search;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::find);
    }

    private void find(ServerRequest request, ServerResponse response) {
        if (!authenticator.caller(request).isStaff()) {
            throw new ForbiddenException("transcripts are for support staff: open a staff session");
        }
        Parameters params = request.query();
        TranscriptQuery query = new TranscriptQuery(
                params.first("q").asOptional(),
                params.first("customer").asOptional().map(TranscriptApi::customer),
                bound(params, "from", false),
                bound(params, "to", true),
                limit(params));
        List<TranscriptView> results =
                search.search(query).stream().map(TranscriptView::of).toList();
        response.send(new Results(results));
    }

    private static String customer(String id) {
        try {
            return UUID.fromString(id.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Optional.of("customer"), "customer must be a customer id (a UUID)");
        }
    }

    private static Optional<Instant> bound(Parameters params, String field, boolean end) {
        return params.first(field).asOptional().map(text -> {
            try {
                return TranscriptQuery.bound(text, end);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(Optional.of(field), field + ": " + e.getMessage());
            }
        });
    }

    private static int limit(Parameters params) {
        int limit = params.first("limit")
                .asOptional()
                .map(TranscriptApi::wholeNumber)
                .orElse(DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException(
                    Optional.of("limit"), "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    /** The number, or -1 (out of range) when the text is not one. */
    private static int wholeNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The answer.
     *
     * @param results the turns found
     */
    record Results(List<TranscriptView> results) {}
}
