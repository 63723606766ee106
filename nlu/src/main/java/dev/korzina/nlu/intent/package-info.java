/**
 * Telling what the user wants from the words of an utterance: ordered cue patterns per language, a guard for
 * requests that are not about shopping, and the order number when one is named. Start with
 * {@link dev.korzina.nlu.intent.IntentClassifier}.
 */
package dev.korzina.nlu.intent;
