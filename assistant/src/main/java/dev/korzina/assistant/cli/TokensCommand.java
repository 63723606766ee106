package dev.korzina.assistant.cli;

import picocli.CommandLine.Command;

/** {@code korzina tokens}: bearer tokens of household members for Siri Shortcuts. */
@Command(
        name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Bearer tokens of household members, for Siri Shortcuts.")
final class TokensCommand {}
