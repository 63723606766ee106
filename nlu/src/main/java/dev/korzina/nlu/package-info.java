/**
 * Natural-language understanding: turns one Russian or English utterance into a typed shopping intent with
 * items, quantities and units. Filled by the NLU issue; the module exists so the dependency graph is fixed.
 */
package dev.korzina.nlu;
