package dev.korzina.assistant.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestServers;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartClient;
import dev.korzina.cart.ChangeOptions;
import dev.korzina.cart.client.HttpCartClient;
import dev.korzina.catalog.imports.ImportProgress;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two servers on one PostgreSQL: a change made through one reaches a WebSocket open on the other. */
class TwoInstancesIT {

    @TempDir
    Path dir;

    @Test
    void aChangeOnOneInstanceArrivesOnASocketOfTheOther() throws Exception {
        try (EmbeddedPostgres shared = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("shared-pg"))
                        .setCleanDataDirectory(false)
                        .start();
                Application first = Application.start(config("first", shared), ImportProgress.SILENT);
                Application second = Application.start(config("second", shared), ImportProgress.SILENT)) {
            HttpCartClient.Session kitchen = HttpCartClient.openSession(first.baseUri(), "web", "kitchen");
            List<Cart> heard = new CopyOnWriteArrayList<>();
            try (HttpCartClient phone = new HttpCartClient(second.baseUri(), token(first, kitchen));
                    CartClient.Subscription subscription = phone.subscribe(kitchen.cartId(), heard::add)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());

                kitchen.client().add(kitchen.cartId(), "d-0001", BigDecimal.ONE, ChangeOptions.NONE);

                await().atMost(Duration.ofSeconds(10))
                        .until(() -> heard.getLast().version() == 1);
                assertThat(heard.getLast().line("d-0001")).isPresent();
            } finally {
                kitchen.client().close();
            }
        }
    }

    private Map<String, String> dbUrl(EmbeddedPostgres shared) {
        return Map.of("db.url", shared.getJdbcUrl("postgres", "postgres"), "db.user", "postgres");
    }

    private dev.korzina.assistant.config.KorzinaConfig config(String name, EmbeddedPostgres shared) {
        return TestServers.config(dir.resolve(name), dbUrl(shared));
    }

    /** A second session of the same identity, opened on the first instance, used on the second. */
    private static String token(Application first, HttpCartClient.Session session) throws Exception {
        var response =
                TestServers.post(first.baseUri(), "/api/sessions", "{\"channel\":\"web\",\"external_id\":\"kitchen\"}");
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.body())
                .path("token")
                .asText();
    }
}
