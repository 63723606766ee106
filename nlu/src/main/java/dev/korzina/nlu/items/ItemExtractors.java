package dev.korzina.nlu.items;

import dev.korzina.nlu.Language;
import dev.korzina.nlu.Vocabulary;
import dev.korzina.nlu.morph.Morphology;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link ItemExtractor} for every language, loading each dictionary once. */
public final class ItemExtractors {

    private ItemExtractors() {}

    /**
     * The extractors of every language.
     *
     * @param productNames the names of the store's products: their leading words are kept together as one item
     * @return one extractor a language
     */
    public static Map<Language, ItemExtractor> create(Collection<String> productNames) {
        Map<Language, ItemExtractor> extractors = new EnumMap<>(Language.class);
        for (Lexicon lexicon :
                List.of(Lexicons.russian(Morphology.russian()), Lexicons.english(Morphology.english()))) {
            Vocabulary catalog = CatalogVocabulary.of(productNames, lexicon);
            extractors.put(lexicon.language(), new ItemExtractor(lexicon, catalog));
        }
        return extractors;
    }
}
