package dev.korzina.assistant.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.channel.telegram.botapi.BotApiClient;
import dev.korzina.assistant.channel.telegram.botapi.OutboundQueue;
import dev.korzina.assistant.channel.telegram.botapi.RateLimits;
import dev.korzina.assistant.channel.telegram.botapi.Sleeper;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.skills.push.Notifier;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.HouseholdLinker;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.telegram.PostgresTelegramStore;
import io.helidon.webserver.http.HttpService;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The Telegram bot wired over the server's parts: the webhook service for {@code /telegram}, the outbound queue to
 * the Bot API, the cart messages kept up to date and the {@link Notifier} for pushes. Closing it stops the queue
 * and the cart listeners.
 */
public final class TelegramChannel implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TelegramChannel.class.getName());

    /** Telegram stops redelivering long before; older update ids are forgotten. */
    private static final Duration KEEP_UPDATES = Duration.ofDays(7);

    private final PostgresTelegramStore chats;
    private final OutboundQueue queue;
    private final CartMessages cartMessages;
    private final TelegramWebhook webhook;
    private final TelegramNotifier notifier;

    private TelegramChannel(
            PostgresTelegramStore chats,
            OutboundQueue queue,
            CartMessages cartMessages,
            TelegramWebhook webhook,
            TelegramNotifier notifier) {
        this.chats = chats;
        this.queue = queue;
        this.cartMessages = cartMessages;
        this.webhook = webhook;
        this.notifier = notifier;
    }

    /**
     * The parts of the server the bot works with.
     *
     * @param data the database
     * @param json the API's mapper (snake_case, empty values left out), also used for the Bot API
     * @param dialogs answers turns
     * @param linker joins households by code
     * @param carts the carts
     * @param notifications hears cart changes from every channel and instance
     */
    public record Parts(
            DataSource data,
            ObjectMapper json,
            Dialogs dialogs,
            HouseholdLinker linker,
            PostgresCartStore carts,
            CartNotifications notifications) {}

    /**
     * Starts the bot when a token is configured.
     *
     * @param settings the bot's token, secret and Bot API server
     * @param parts the server's parts
     * @param speech transcribes voice messages, or {@link SpeechToText#NONE}
     * @return the running bot, or empty when no token is configured
     */
    public static Optional<TelegramChannel> start(TelegramSettings settings, Parts parts, SpeechToText speech) {
        if (settings.botToken().isEmpty()) {
            LOG.info("Telegram is off: no bot token (KORZINA_TELEGRAM_BOT_TOKEN)");
            return Optional.empty();
        }
        PostgresTelegramStore chats = new PostgresTelegramStore(parts.data());
        BotApiClient client = new BotApiClient(
                parts.json(), settings.apiBaseUrl(), settings.botToken().get());
        OutboundQueue queue =
                new OutboundQueue(client, RateLimits.TELEGRAM, Clock.systemUTC(), Sleeper.REAL, (chatId, failure) -> {
                    if (failure.forbidden()) {
                        chats.setBlocked(chatId, true);
                    }
                });
        TelegramTexts texts = new TelegramTexts();
        CartMessages cartMessages =
                new CartMessages(chats, parts.carts(), parts.notifications(), queue, new CartView(texts));
        cartMessages.watchKnownCarts();
        UpdateHandler handler = new UpdateHandler(
                parts.dialogs(), parts.linker(), parts.carts(), chats, queue, cartMessages, texts, speech);
        TelegramWebhook webhook =
                new TelegramWebhook(settings.webhookSecret().orElseThrow(), parts.json(), chats, handler);
        LOG.info(() -> "Telegram is on: updates at /telegram/<secret>, Bot API at " + settings.apiBaseUrl());
        return Optional.of(
                new TelegramChannel(chats, queue, cartMessages, webhook, new TelegramNotifier(chats, queue)));
    }

    /** The webhook, to register under {@code /telegram}. */
    public HttpService webhook() {
        return webhook;
    }

    /** Pushes notices to the household's Telegram chats. */
    public Notifier notifier() {
        return notifier;
    }

    /** Forgets update ids older than a week; run now and then. */
    public void purgeOldUpdates() {
        chats.purgeUpdatesBefore(Clock.systemUTC().instant().minus(KEEP_UPDATES));
    }

    @Override
    public void close() {
        cartMessages.close();
        queue.close();
    }
}
