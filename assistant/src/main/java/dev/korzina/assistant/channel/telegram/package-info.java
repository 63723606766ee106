/**
 * The Telegram bot: {@link dev.korzina.assistant.channel.telegram.TelegramWebhook} takes the updates Telegram posts
 * to {@code /telegram/{secret}}, {@link dev.korzina.assistant.channel.telegram.UpdateHandler} answers them through
 * the dialog engine, {@link dev.korzina.assistant.channel.telegram.CartMessages} keeps each chat's cart message up to
 * date with changes from every channel, and {@link dev.korzina.assistant.channel.telegram.TelegramNotifier} pushes
 * notices. Start with {@link dev.korzina.assistant.channel.telegram.TelegramChannel}, which wires them.
 */
package dev.korzina.assistant.channel.telegram;
