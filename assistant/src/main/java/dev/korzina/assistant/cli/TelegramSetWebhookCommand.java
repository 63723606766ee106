package dev.korzina.assistant.cli;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.channel.telegram.TelegramSettings;
import dev.korzina.assistant.channel.telegram.botapi.BotApiClient;
import dev.korzina.assistant.channel.telegram.botapi.BotApiException;
import dev.korzina.assistant.channel.telegram.botapi.SetWebhook;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.InvalidConfigException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korzina telegram set-webhook --url URL}: tells Telegram to post the bot's updates to
 * {@code URL/telegram/<secret>} with the secret token in the header, for the update types the bot handles.
 */
@Command(
        name = "set-webhook",
        mixinStandardHelpOptions = true,
        description = "Register the server's public HTTPS base URL as the bot's webhook (uses the bot token and"
                + " webhook secret of the configuration).")
final class TelegramSetWebhookCommand implements Callable<Integer> {

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(
            names = "--url",
            paramLabel = "URL",
            required = true,
            description = "The server's public base URL, e.g. https://korzina.example.org")
    String url;

    TelegramSetWebhookCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() {
        TelegramSettings settings = options.load(loader, Map.of()).telegram();
        String token = settings.botToken()
                .orElseThrow(() -> new InvalidConfigException(
                        "no bot token: set KORZINA_TELEGRAM_BOT_TOKEN (telegram.bot.token)"));
        String secret = settings.webhookSecret().orElseThrow();
        URI base = URI.create(url.replaceAll("/+$", ""));
        if (!"https".equalsIgnoreCase(base.getScheme()) || base.getHost() == null) {
            throw new InvalidConfigException("--url must be an https:// URL, got " + url);
        }
        String webhook = base + "/telegram/" + secret;
        try {
            new BotApiClient(Application.objectMapper(), settings.apiBaseUrl(), token)
                    .call(new SetWebhook(webhook, secret, SetWebhook.HANDLED));
        } catch (BotApiException e) {
            spec.commandLine().getErr().println("telegram set-webhook: Telegram refused it: " + e.getMessage());
            return KorzinaCommand.EXIT_FAILURE;
        }
        spec.commandLine().getOut().println("Webhook set: " + base + "/telegram/<secret>");
        return 0;
    }
}
