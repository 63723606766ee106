/**
 * Items of an utterance: splitting a list of products said without commas, reading amounts in digits and words
 * with their units, and writing each product in dictionary form. Start with
 * {@link dev.korzina.nlu.items.ItemExtractor}.
 */
package dev.korzina.nlu.items;
