package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.korzina.assistant.channel.telegram.FakeBotApi.Call;
import dev.korzina.assistant.cli.KorzinaCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code korzina telegram set-webhook} against a fake Bot API, configured through the environment. */
class SetWebhookCommandIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private FakeBotApi telegram;

    @BeforeEach
    void start() throws Exception {
        telegram = FakeBotApi.start();
    }

    @AfterEach
    void stop() {
        telegram.close();
    }

    @Test
    void setWebhookRegistersTheSecretUrlAndTokenWithTelegram() {
        int exit = run(environment(), "--url", "https://korzina.example.org/");

        assertThat(exit).isZero();
        List<Call> calls = telegram.calls();
        assertThat(calls).extracting(Call::method).containsExactly("setWebhook");
        assertThat(calls.getFirst().token()).isEqualTo(FakeBotApi.TOKEN);
        JsonNode body = calls.getFirst().body();
        assertThat(body.path("url").asText())
                .isEqualTo("https://korzina.example.org/telegram/" + TelegramUpdates.SECRET);
        assertThat(body.path("secret_token").asText()).isEqualTo(TelegramUpdates.SECRET);
        assertThat(body.path("allowed_updates"))
                .extracting(JsonNode::asText)
                .contains("message", "callback_query", "my_chat_member");
        assertThat(out.toString()).contains("Webhook set").doesNotContain(TelegramUpdates.SECRET);
    }

    @Test
    void withoutATokenItFailsWithOneLineAndCallsNothing() {
        int exit = run(Map.of(), "--url", "https://korzina.example.org");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("KORZINA_TELEGRAM_BOT_TOKEN");
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void aPlainHttpUrlIsRefusedBecauseTelegramNeedsHttps() {
        int exit = run(environment(), "--url", "http://korzina.example.org");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("https://");
        assertThat(telegram.calls()).isEmpty();
    }

    private Map<String, String> environment() {
        return Map.of(
                "KORZINA_TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
                "KORZINA_TELEGRAM_WEBHOOK_SECRET", TelegramUpdates.SECRET,
                "KORZINA_TELEGRAM_API_BASE_URL", telegram.baseUrl().toString());
    }

    private int run(Map<String, String> environment, String... args) {
        CommandLine command = KorzinaCommand.create(environment, new ByteArrayInputStream(new byte[0]));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 4];
        all[0] = "telegram";
        all[1] = "set-webhook";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--data-dir";
        all[args.length + 3] = dir.toString();
        return command.execute(all);
    }
}
