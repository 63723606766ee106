/**
 * What the channel adapters share: the {@link dev.korzina.assistant.channel.Turns} seam through which every channel
 * reaches the one dialog engine, and the texts a channel says itself.
 */
package dev.korzina.assistant.channel;
