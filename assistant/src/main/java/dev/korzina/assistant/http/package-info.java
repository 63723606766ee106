/**
 * The HTTP surface that is not a channel: the home page, {@code /health}, and the one JSON error shape every
 * endpoint answers with. Start with {@link dev.korzina.assistant.http.HealthService}.
 */
package dev.korzina.assistant.http;
