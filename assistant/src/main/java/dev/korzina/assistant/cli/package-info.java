/**
 * The {@code korzina} command line of {@code reference/cli-contract.md}: one picocli command per subcommand.
 * Start with {@link dev.korzina.assistant.cli.KorzinaCommand}.
 */
package dev.korzina.assistant.cli;
