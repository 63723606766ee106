package dev.korzina.assistant.cli;

import picocli.CommandLine.Command;

/** {@code korzina telegram}: the bot's set-up commands, {@code set-webhook}. */
@Command(name = "telegram", mixinStandardHelpOptions = true, description = "Set up the Telegram bot.")
final class TelegramCommand {}
