/**
 * Korzina's process: the command line ({@link dev.korzina.assistant.Main}) and the explicit wiring of database,
 * catalog and HTTP server ({@link dev.korzina.assistant.Application}). Start with {@code Main}.
 */
package dev.korzina.assistant;
