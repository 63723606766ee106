/**
 * The Telegram channel's state in PostgreSQL: {@link dev.korzina.store.telegram.PostgresTelegramStore} remembers the
 * updates already handled and each private chat with the bot (its customer, language, whether the bot may write
 * first, and its cart message).
 */
package dev.korzina.store.telegram;
