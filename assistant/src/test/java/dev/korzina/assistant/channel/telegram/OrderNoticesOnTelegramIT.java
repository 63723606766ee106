package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A household that ordered in Telegram is told there, unasked, when the courier leaves: the simulated store moves
 * the order under a test clock (noon in Moscow, outside the quiet hours) and the notice reaches the fake Bot API.
 */
class OrderNoticesOnTelegramIT {

    private static final long CHAT = 4_200_001;

    @TempDir
    static Path dir;

    private static FakeBotApi telegram;
    private static TestClock clock;
    private static Application application;
    private static TelegramUpdates updates;

    @BeforeAll
    static void start() throws Exception {
        telegram = FakeBotApi.start();
        clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
        Map<String, String> config = new HashMap<>(TelegramUpdates.config(telegram));
        config.put("orders.simulator.tick", "PT0.05S");
        application = Application.start(TestServers.config(dir.resolve("data"), config), ImportProgress.SILENT, clock);
        updates = new TelegramUpdates(new TestHttp(application.baseUri()), 2_000_000);
    }

    @AfterAll
    static void stop() {
        application.close();
        telegram.close();
    }

    @Test
    void theChatHearsWhenTheOrderIsWithTheCourier() throws Exception {
        updates.post(updates.text(CHAT, "добавь 10 пакетов молока", "ru"));
        updates.post(updates.text(CHAT, "оформи заказ", "ru"));
        updates.post(updates.text(CHAT, "да", "ru"));
        telegram.awaitCall(
                "sendMessage", call -> call.chatId() == CHAT && call.text().contains("оформлен"));

        clock.advance(Duration.ofMinutes(25));

        assertThat(telegram.awaitCall(
                                "sendMessage",
                                call -> call.chatId() == CHAT && call.text().contains("у курьера"))
                        .text())
                .startsWith("Ваш заказ");
    }
}
