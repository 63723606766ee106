package dev.korzina.assistant.channel.telegram;

import dev.korzina.assistant.channel.telegram.botapi.EditMessageText;
import dev.korzina.assistant.channel.telegram.botapi.OutboundQueue;
import dev.korzina.assistant.channel.telegram.botapi.SendMessage;
import dev.korzina.cart.Cart;
import dev.korzina.cart.CartClient;
import dev.korzina.nlu.Language;
import dev.korzina.store.cart.CartNotifications;
import dev.korzina.store.cart.PostgresCartStore;
import dev.korzina.store.telegram.PostgresTelegramStore;
import dev.korzina.store.telegram.TelegramChat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each private chat's cart message: posted on request or at the chat's first cart change, then edited in place
 * whenever the household's cart changes, on any channel or instance (the cart change notifications). Blocked chats
 * are left alone; a message is edited once per cart version.
 */
final class CartMessages implements AutoCloseable {

    private final PostgresTelegramStore chats;
    private final PostgresCartStore carts;
    private final CartNotifications notifications;
    private final OutboundQueue queue;
    private final CartView view;
    private final Map<UUID, CartClient.Subscription> watched = new ConcurrentHashMap<>();

    CartMessages(
            PostgresTelegramStore chats,
            PostgresCartStore carts,
            CartNotifications notifications,
            OutboundQueue queue,
            CartView view) {
        this.chats = chats;
        this.carts = carts;
        this.notifications = notifications;
        this.queue = queue;
        this.view = view;
    }

    /** Hears the carts that chats show already, after a start. */
    void watchKnownCarts() {
        chats.cartsWithMessages().forEach(this::watch);
    }

    /**
     * Posts a new cart message in a chat; once sent it is the one edited from then on.
     *
     * @param chatId the chat
     * @param cart the cart to show
     * @param language the chat's language
     */
    void post(long chatId, Cart cart, Language language) {
        UUID cartId = UUID.fromString(cart.id());
        queue.send(chatId, new SendMessage(chatId, view.render(cart, language), Optional.empty()), result -> {
            chats.setCartMessage(chatId, result.path("message_id").asLong(), cart.version());
            watch(cartId);
            carts.current(cartId).filter(now -> now.version() > cart.version()).ifPresent(this::show);
        });
    }

    /**
     * Edits the cart messages of a cart's household to show it.
     *
     * @param cart the cart after a change
     */
    void show(Cart cart) {
        List<TelegramChat> showing = chats.cartMessageChats(UUID.fromString(cart.id()));
        for (TelegramChat chat : showing) {
            if (!chat.blocked() && chats.advanceCartVersion(chat.chatId(), cart.version())) {
                Language language = Language.fromCode(chat.language()).orElse(Language.RU);
                queue.send(
                        chat.chatId(),
                        new EditMessageText(
                                chat.chatId(), chat.cartMessageId().orElseThrow(), view.render(cart, language)));
            }
        }
    }

    /**
     * Starts hearing a cart's changes, once.
     *
     * @param cartId the cart
     */
    void watch(UUID cartId) {
        watched.computeIfAbsent(cartId, id -> notifications.subscribe(id, this::show));
    }

    @Override
    public void close() {
        watched.values().forEach(CartClient.Subscription::close);
        watched.clear();
    }
}
