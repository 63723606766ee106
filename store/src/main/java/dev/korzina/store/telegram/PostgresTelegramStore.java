package dev.korzina.store.telegram;

import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The updates the bot has handled ({@code telegram_updates}) and its private chats ({@code telegram_chats}); a chat's
 * household is its customer's household now, so linking moves the chat along.
 */
public final class PostgresTelegramStore {

    private static final String CHATS = "SELECT t.chat_id, t.customer_id, c.household_id, t.language, t.blocked,"
            + " t.notices_off, t.cart_message_id, t.cart_version FROM telegram_chats t"
            + " JOIN customers c ON c.id = t.customer_id";

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     */
    public PostgresTelegramStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Records an update as handled.
     *
     * @param updateId the update's id
     * @return true the first time, false for an update seen before
     */
    public boolean firstDelivery(long updateId) {
        return update(
                        "the update could not be recorded",
                        "INSERT INTO telegram_updates (update_id) VALUES (?) ON CONFLICT DO NOTHING",
                        updateId)
                == 1;
    }

    /**
     * Forgets an update whose handling failed, so that Telegram's redelivery is handled.
     *
     * @param updateId the update's id
     */
    public void forget(long updateId) {
        update("the update could not be forgotten", "DELETE FROM telegram_updates WHERE update_id = ?", updateId);
    }

    /**
     * Drops the record of updates handled before a moment (Telegram gives up redelivering long before).
     *
     * @param before the moment
     * @return how many were dropped
     */
    public int purgeUpdatesBefore(Instant before) {
        return update(
                "old updates could not be purged",
                "DELETE FROM telegram_updates WHERE received_at < ?",
                Timestamp.from(before));
    }

    /**
     * Records that a customer talks in a private chat: new chats are created, known ones take the customer and
     * language and count as not blocked (the user writes, so they did not block the bot).
     *
     * @param chatId the chat
     * @param customerId the customer
     * @param language the language code to write in
     */
    public void rememberChat(long chatId, UUID customerId, String language) {
        update(
                "the chat could not be saved",
                "INSERT INTO telegram_chats (chat_id, customer_id, language) VALUES (?, ?, ?)"
                        + " ON CONFLICT (chat_id) DO UPDATE SET customer_id = excluded.customer_id,"
                        + " language = excluded.language, blocked = false, updated_at = now()",
                chatId,
                customerId,
                language);
    }

    /**
     * Records whether the user blocked the bot.
     *
     * @param chatId the chat
     * @param blocked true when blocked, false when unblocked
     */
    public void setBlocked(long chatId, boolean blocked) {
        update(
                "the chat could not be saved",
                "UPDATE telegram_chats SET blocked = ?, updated_at = now() WHERE chat_id = ?",
                blocked,
                chatId);
    }

    /**
     * Records whether the user wants notices.
     *
     * @param chatId the chat
     * @param off true to stop notices, false to receive them again
     */
    public void setNoticesOff(long chatId, boolean off) {
        update(
                "the chat could not be saved",
                "UPDATE telegram_chats SET notices_off = ?, updated_at = now() WHERE chat_id = ?",
                off,
                chatId);
    }

    /**
     * Makes a message the chat's cart message.
     *
     * @param chatId the chat
     * @param messageId the message
     * @param cartVersion the cart version it shows
     */
    public void setCartMessage(long chatId, long messageId, long cartVersion) {
        update(
                "the chat could not be saved",
                "UPDATE telegram_chats SET cart_message_id = ?, cart_version = ?, updated_at = now() WHERE chat_id = ?",
                messageId,
                cartVersion,
                chatId);
    }

    /**
     * Moves a chat's cart message to a newer cart version, once: of two callers with the same version only one
     * gets true.
     *
     * @param chatId the chat
     * @param cartVersion the version the message will show
     * @return whether the message showed an older version (and should be edited)
     */
    public boolean advanceCartVersion(long chatId, long cartVersion) {
        return update(
                        "the chat could not be saved",
                        "UPDATE telegram_chats SET cart_version = ? WHERE chat_id = ? AND cart_version < ?"
                                + " AND cart_message_id IS NOT NULL",
                        cartVersion,
                        chatId,
                        cartVersion)
                == 1;
    }

    /**
     * A chat.
     *
     * @param chatId the chat
     * @return the chat, or empty when the bot never talked in it
     */
    public Optional<TelegramChat> chat(long chatId) {
        return chats(CHATS + " WHERE t.chat_id = ?", chatId).stream().findFirst();
    }

    /**
     * The chats of a household's members.
     *
     * @param householdId the household
     * @return its chats, blocked ones too
     */
    public List<TelegramChat> householdChats(UUID householdId) {
        return chats(CHATS + " WHERE c.household_id = ? ORDER BY t.chat_id", householdId);
    }

    /**
     * The chats showing a cart message of a cart.
     *
     * @param cartId the cart
     * @return the chats of its household with a cart message
     */
    public List<TelegramChat> cartMessageChats(UUID cartId) {
        return chats(
                CHATS + " JOIN carts k ON k.household_id = c.household_id"
                        + " WHERE k.id = ? AND t.cart_message_id IS NOT NULL ORDER BY t.chat_id",
                cartId);
    }

    /**
     * The carts some chat shows a cart message of, to hear their changes after a start.
     *
     * @return the carts
     */
    public List<UUID> cartsWithMessages() {
        return transactions.run("the chats could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT k.id FROM telegram_chats t JOIN customers c ON c.id = t.customer_id"
                            + " JOIN carts k ON k.household_id = c.household_id WHERE t.cart_message_id IS NOT NULL")) {
                List<UUID> carts = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        carts.add(rows.getObject(1, UUID.class));
                    }
                }
                return carts;
            }
        });
    }

    private List<TelegramChat> chats(String sql, Object key) {
        return transactions.run("the chats could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, key);
                List<TelegramChat> chats = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long message = rows.getLong(7);
                        Optional<Long> cartMessage = rows.wasNull() ? Optional.empty() : Optional.of(message);
                        chats.add(new TelegramChat(
                                rows.getLong(1),
                                rows.getObject(2, UUID.class),
                                rows.getObject(3, UUID.class),
                                rows.getString(4),
                                rows.getBoolean(5),
                                rows.getBoolean(6),
                                cartMessage,
                                rows.getLong(8)));
                    }
                }
                return chats;
            }
        });
    }

    private int update(String what, String sql, Object... values) {
        return transactions.run(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement.executeUpdate();
            }
        });
    }
}
