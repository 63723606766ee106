package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.channel.telegram.FakeBotApi.Call;
import dev.korzina.assistant.channel.telegram.botapi.BotApiClient;
import dev.korzina.assistant.channel.telegram.botapi.OutboundQueue;
import dev.korzina.assistant.channel.telegram.botapi.RateLimits;
import dev.korzina.assistant.channel.telegram.botapi.SendMessage;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbound queue against a fake Bot API over HTTP, with a manual clock so that waits take no real time. */
class OutboundQueueIT {

    private static final long CHAT = 4242;

    private final ManualClock clock = new ManualClock();
    private final List<Long> refused = new CopyOnWriteArrayList<>();
    private FakeBotApi telegram;
    private OutboundQueue queue;

    @BeforeEach
    void start() throws Exception {
        telegram = FakeBotApi.start(clock);
        BotApiClient client = new BotApiClient(Application.objectMapper(), telegram.baseUrl(), FakeBotApi.TOKEN);
        queue = new OutboundQueue(client, RateLimits.TELEGRAM, clock, clock, (chatId, failure) -> refused.add(chatId));
    }

    @AfterEach
    void stop() {
        queue.close();
        telegram.close();
    }

    @Test
    void aFloodWaitHoldsTheChatBackForRetryAfterThenSendsAgain() {
        telegram.failNext(429, "Too Many Requests: retry after 3", 3);

        queue.send(CHAT, message("Добавила молоко."));

        List<Call> calls = awaitCalls(2);
        assertThat(calls).extracting(Call::text).containsExactly("Добавила молоко.", "Добавила молоко.");
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void messagesToOneChatGoInOrderAtMostOneASecond() {
        queue.send(CHAT, message("первое"));
        queue.send(CHAT, message("второе"));
        queue.send(CHAT, message("третье"));

        List<Call> calls = awaitCalls(3);
        assertThat(calls).extracting(Call::text).containsExactly("первое", "второе", "третье");
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void messagesToAGroupGoAtMostTwentyAMinute() {
        long group = -1001234567890L;
        queue.send(group, new SendMessage(group, "Добавила молоко.", Optional.empty()));
        queue.send(group, new SendMessage(group, "Добавила хлеб.", Optional.empty()));

        List<Call> calls = awaitCalls(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void closingStillSendsWhatIsQueuedWithinTheLimits() {
        queue.send(CHAT, message("Добавила молоко."));
        queue.send(CHAT, message("Добавила хлеб."));
        queue.send(CHAT, message("Ваш заказ принят."));

        queue.close();

        assertThat(telegram.calls())
                .extracting(Call::text)
                .containsExactly("Добавила молоко.", "Добавила хлеб.", "Ваш заказ принят.");
        assertThat(queue.pending()).isZero();
    }

    @Test
    void serverErrorsAreRetriedWithAGrowingBackoff() {
        telegram.failNext(502, "Bad Gateway", 0);
        telegram.failNext(500, "Internal Server Error", 0);

        queue.send(CHAT, message("Added milk."));

        List<Call> calls = awaitCalls(3);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(refused).isEmpty();
    }

    @Test
    void aBlockedChatIsReportedAndTheCallDropped() {
        telegram.failNext(403, "Forbidden: bot was blocked by the user", 0);

        queue.send(CHAT, message("Ваш заказ в пути."));

        await().atMost(Duration.ofSeconds(5)).until(() -> refused.contains(CHAT));
        assertThat(telegram.calls()).hasSize(1);
        assertThat(queue.pending()).isZero();
    }

    @Test
    void theThirtyFirstCallInOneSecondWaitsForTheNextSecond() {
        for (long chat = 1; chat <= 31; chat++) {
            queue.send(chat, new SendMessage(chat, "Notice " + chat, Optional.empty()));
        }

        // the clock moves only while the dispatcher waits: a call stamped a second later proves a wait
        List<Call> calls = awaitCalls(31);
        assertThat(calls.stream().map(Call::at).max(Comparator.naturalOrder()))
                .hasValueSatisfying(last -> assertThat(last).isAfterOrEqualTo(ManualClock.START.plusSeconds(1)));
    }

    private List<Call> awaitCalls(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.calls().size() >= count);
        return telegram.calls();
    }

    private static SendMessage message(String text) {
        return new SendMessage(CHAT, text, Optional.empty());
    }
}
