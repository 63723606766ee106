package dev.korzina.assistant.cli;

import picocli.CommandLine.Command;

/** {@code korzina replenish}: the next-basket commands, {@code predict} and {@code eval}. */
@Command(
        name = "replenish",
        mixinStandardHelpOptions = true,
        description = "Predict households' next baskets from their purchase history, or score the methods.")
final class ReplenishCommand {}
