/**
 * Natural-language understanding: one Russian or English utterance, typed or transcribed from speech, becomes a
 * typed shopping {@link dev.korzina.nlu.Intent} with items, quantities and units. Start with
 * {@link dev.korzina.nlu.Nlu} and its implementation {@link dev.korzina.nlu.RuleBasedNlu}.
 */
package dev.korzina.nlu;
