/**
 * Siri Shortcuts: a Shortcut dictates a phrase and POSTs {@code {"text","locale"}} with a member's bearer token to
 * {@link dev.korzina.assistant.channel.siri.SiriApi}, which answers {@code {"speech","display","end"}} (errors too,
 * so the Shortcut always has a sentence to speak). {@link dev.korzina.assistant.channel.siri.SiriTokens} issues the
 * members' tokens and recognises them and the configured static ones.
 */
package dev.korzina.assistant.channel.siri;
