/**
 * Korzina's configuration: the bundled {@code korzina.yaml}, an optional file, {@code KORZINA_*} environment
 * variables and command-line flags, layered and checked once at start-up. Start with
 * {@link dev.korzina.assistant.config.ConfigLoader}.
 */
package dev.korzina.assistant.config;
