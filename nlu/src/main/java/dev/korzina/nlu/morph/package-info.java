/**
 * Word forms: dictionary-based lemmas and grammatical tags for Russian (the AOT dictionary as shipped by
 * LanguageTool) and English (LanguageTool's English dictionary), read with morfologik. Start with
 * {@link dev.korzina.nlu.morph.Morphology}.
 */
package dev.korzina.nlu.morph;
