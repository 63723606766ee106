package dev.korzina.nlu.items;

import dev.korzina.nlu.Language;
import dev.korzina.nlu.Unit;
import dev.korzina.nlu.morph.Morphology;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything item extraction knows about one language: its dictionary, grocery words, multi-word products, number
 * and unit words, and the words and phrases that never belong to a product.
 *
 * @param language the language
 * @param morphology its dictionary
 * @param groceries its common grocery words
 * @param phrases its built-in multi-word products
 * @param numbers number words by form or lemma ("две" → 2, "полтора" → 1.5, "dozen" → 12)
 * @param multipliers number words that multiply what comes before ("два десятка" → 20, "half a dozen" → 6)
 * @param units unit words by form or lemma, with the amount one of them is ("полкило" → 0.5 kg)
 * @param fillers single words that are never part of a product ("пожалуйста", "please")
 * @param commands command words whose misspellings are recognised ("дабавь" → "добавь")
 * @param fillerPhrases phrases that are never part of a product ("в корзину", "to my shopping list")
 * @param productKinds kinds of product that end an English compound of two grocery words ("strawberry jam")
 * @param separators words between items ("и", "and")
 * @param addMarker the word that starts an "add" part of a compound command ("плюс")
 * @param removeMarker the word that starts a "remove" part of a compound command ("минус")
 */
record Lexicon(
        Language language,
        Morphology morphology,
        Groceries groceries,
        PhraseVocabulary phrases,
        Map<String, BigDecimal> numbers,
        Set<String> multipliers,
        Map<String, Amount> units,
        Set<String> fillers,
        Set<String> commands,
        List<Pattern> fillerPhrases,
        Set<String> productKinds,
        Set<String> separators,
        String addMarker,
        String removeMarker) {

    static Amount amount(String quantity, Unit unit) {
        return new Amount(new BigDecimal(quantity), unit);
    }
}
