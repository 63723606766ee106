/**
 * Splitting an utterance into tokens (words, numbers, percentages, separators) and telling its language.
 * Start with {@link dev.korzina.nlu.text.Tokenizer}.
 */
package dev.korzina.nlu.text;
