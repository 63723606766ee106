package dev.korzina.assistant.cli;

import picocli.CommandLine.Command;

/** {@code korzina transcripts}: the dialog transcripts' commands, {@code search}. */
@Command(name = "transcripts", mixinStandardHelpOptions = true, description = "Review the stored dialog turns.")
final class TranscriptsCommand {}
