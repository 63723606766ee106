package dev.korzina.assistant.cli;

import picocli.CommandLine.Command;

/** {@code korzina nlu}: the NLU's commands, {@code parse} and {@code eval}. */
@Command(
        name = "nlu",
        mixinStandardHelpOptions = true,
        description = "Understand utterances: parse them (JSON Lines) or score the NLU on a labelled set.")
final class NluCommand {}
