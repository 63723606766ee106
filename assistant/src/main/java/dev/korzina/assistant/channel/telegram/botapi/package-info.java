/**
 * The Telegram Bot API as Korzina uses it: Jackson records of the updates Telegram posts and of the calls the bot
 * makes (unknown fields ignored, absent ones empty), {@link dev.korzina.assistant.channel.telegram.botapi.BotApiClient}
 * on the JDK HTTP client, and {@link dev.korzina.assistant.channel.telegram.botapi.OutboundQueue}, through which every
 * call goes out in order per chat within Telegram's rate limits. Start with {@code Update}.
 */
package dev.korzina.assistant.channel.telegram.botapi;
