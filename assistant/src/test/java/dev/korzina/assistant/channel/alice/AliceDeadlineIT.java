package dev.korzina.assistant.channel.alice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.assistant.channel.Turns;
import dev.korzina.catalog.imports.ImportProgress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Alice webhook's deadline and guards, on a server whose dialog turns can be made slow: the real engine behind
 * a delay. The webhook listens on a secret path and accepts every skill (no skill id configured).
 */
class AliceDeadlineIT {

    private static final String SECRET = "s3cret-path";
    private static final AtomicLong DELAY_MILLIS = new AtomicLong();
    private static final AtomicInteger TURNS = new AtomicInteger();

    @TempDir
    static Path dataDir;

    private static Application application;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        application = Application.start(
                TestServers.config(dataDir, Map.of("alice.path-secret", SECRET, "alice.deadline-ms", "500")),
                ImportProgress.SILENT,
                AliceDeadlineIT::slow);
        http = new TestHttp(application.baseUri());
    }

    private static Turns slow(Turns turns) {
        return (identity, channel, conversation, text, language) -> {
            TURNS.incrementAndGet();
            try {
                Thread.sleep(DELAY_MILLIS.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return turns.turn(identity, channel, conversation, text, language);
        };
    }

    @AfterEach
    void fast() {
        DELAY_MILLIS.set(0);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static JsonNode answer(String body) throws Exception {
        HttpResponse<String> response = http.post("/alice/" + SECRET, body, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = TestHttp.json(response);
        AliceBodies.assertValidAnswer(answer);
        return answer;
    }

    @Test
    void aSlowTurnIsAnsweredBeforeTheDeadlineAndItsResultComesWithTheNextRequest() throws Exception {
        String user = "u-" + UUID.randomUUID();
        DELAY_MILLIS.set(1500);

        long start = System.nanoTime();
        JsonNode waiting = answer(AliceBodies.said(user, "добавь молоко", true));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        DELAY_MILLIS.set(0);
        Thread.sleep(1500);
        JsonNode next = answer(AliceBodies.said(user, "ну что там?", true));

        assertThat(tookMillis).isLessThan(1500);
        assertThat(waiting.path("response").path("text").asText()).startsWith("Секунду");
        assertThat(waiting.path("response").path("end_session").asBoolean()).isFalse();
        assertThat(next.path("response").path("text").asText()).containsIgnoringCase("молоко");
    }

    @Test
    void thePingRunsNoTurn() throws Exception {
        int before = TURNS.get();

        answer(AliceBodies.fixture("03_ping.json"));

        assertThat(TURNS.get()).isEqualTo(before);
    }

    @Test
    void theGreetingRunsNoTurn() throws Exception {
        int before = TURNS.get();

        answer(AliceBodies.newSession("u-" + UUID.randomUUID()));

        assertThat(TURNS.get()).isEqualTo(before);
    }

    @Test
    void withoutSkillIdEverySkillIsAccepted() throws Exception {
        JsonNode answer = answer(AliceBodies.ofSkill("any-skill", "что в корзине"));

        assertThat(answer.path("response").path("text").asText()).isNotBlank();
    }

    @Test
    void theWebhookIsOnlyAtItsSecretPath() throws Exception {
        String body = AliceBodies.said("u-" + UUID.randomUUID(), "что в корзине", true);

        assertThat(http.post("/alice", body, Map.of()).statusCode()).isEqualTo(404);
        assertThat(http.post("/alice/wrong", body, Map.of()).statusCode()).isEqualTo(404);
    }
}
