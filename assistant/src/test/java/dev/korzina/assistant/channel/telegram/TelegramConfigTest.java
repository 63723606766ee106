package dev.korzina.assistant.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.InvalidConfigException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Telegram keys as the environment sets them. */
class TelegramConfigTest {

    @Test
    void theEnvironmentSetsTokenSecretAndApiServer() {
        TelegramSettings settings = load(Map.of(
                "KORZINA_TELEGRAM_BOT_TOKEN", "123456:ABC-def",
                "KORZINA_TELEGRAM_WEBHOOK_SECRET", "s3cret_-X",
                "KORZINA_TELEGRAM_API_BASE_URL", "http://127.0.0.1:9999"));

        assertThat(settings.botToken()).contains("123456:ABC-def");
        assertThat(settings.webhookSecret()).contains("s3cret_-X");
        assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999"));
    }

    @Test
    void byDefaultTheBotIsOffAndTalksToThePublicApi() {
        TelegramSettings settings = load(Map.of());

        assertThat(settings.botToken()).isEmpty();
        assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    }

    @Test
    void aTokenWithoutASecretStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> load(Map.of("KORZINA_TELEGRAM_BOT_TOKEN", "123456:ABC-def")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("KORZINA_TELEGRAM_WEBHOOK_SECRET");
    }

    @Test
    void aSecretTelegramWouldRefuseStopsTheStart() {
        assertThatThrownBy(() -> load(Map.of(
                        "KORZINA_TELEGRAM_BOT_TOKEN", "123456:ABC-def", "KORZINA_TELEGRAM_WEBHOOK_SECRET", "a b/c")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("A-Z");
    }

    private static TelegramSettings load(Map<String, String> environment) {
        return new ConfigLoader(environment).load(Optional.empty(), Map.of()).telegram();
    }
}
