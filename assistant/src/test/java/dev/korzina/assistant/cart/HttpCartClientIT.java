package dev.korzina.assistant.cart;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestServers;
import dev.korzina.cart.client.HttpCartClient;
import dev.korzina.catalog.imports.ImportProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The cart contract through the HTTP client, against a started server. */
class HttpCartClientIT extends CartClientContract {

    @TempDir
    static Path dataDir;

    private static Application application;
    private static final List<HttpCartClient> CLIENTS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        application = Application.start(TestServers.config(dataDir, Map.of()), ImportProgress.SILENT);
    }

    @AfterAll
    static void stop() {
        CLIENTS.forEach(HttpCartClient::close);
        application.close();
    }

    @Override
    Connected connect(String channel, String externalId) {
        HttpCartClient.Session session = HttpCartClient.openSession(application.baseUri(), channel, externalId);
        CLIENTS.add(session.client());
        return new Connected(session.client(), session.cartId());
    }
}
