package dev.korzina.assistant.http;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /}: a short page saying what this server is and what it serves. */
public final class HomePage implements HttpService {

    private final byte[] page;

    /** Loads the page from the classpath once. */
    public HomePage() {
        page = WebResources.read("/web/index.html");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::home);
    }

    private void home(ServerRequest request, ServerResponse response) {
        response.headers().contentType(MediaTypes.TEXT_HTML);
        response.send(page);
    }
}
