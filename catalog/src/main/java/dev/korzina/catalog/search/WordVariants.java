package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Other stems to try for a Russian query word the catalog does not contain, where the stemmer leaves a diminutive
 * or a fleeting vowel: "пломбирчик" → "пломбир", "колбаска" → "колбас", "сливок" → "сливк", "оливок" → "оливк".
 */
final class WordVariants {

    private static final List<String> DIMINUTIVE_ENDINGS =
            List.of("очк", "ечк", "ушк", "юшк", "оньк", "еньк", "чик", "ик", "к");
    private static final int SHORTEST_STEM = 4;

    private WordVariants() {}

    /**
     * Adds, to each one-word slot whose stem no product contains, the variants some products do contain.
     *
     * @param slots the analysed query
     * @param documentFrequency how many products contain a stem
     * @return the slots with the variants as alternatives
     */
    static List<Slot> addTo(List<Slot> slots, ToIntFunction<String> documentFrequency) {
        List<Slot> out = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            List<QueryTerm> own = slot.alternatives().get(0);
            if (own.size() != 1 || own.get(0).latin() || own.get(0).numeric()) {
                out.add(slot);
                continue;
            }
            String stem = own.get(0).stem();
            if (documentFrequency.applyAsInt(stem) > 0) {
                out.add(slot);
                continue;
            }
            List<List<QueryTerm>> alternatives = new ArrayList<>(slot.alternatives());
            for (String variant : variants(stem)) {
                if (documentFrequency.applyAsInt(variant) > 0) {
                    alternatives.add(List.of(new QueryTerm(variant, Transliteration.key(variant))));
                }
            }
            out.add(new Slot(alternatives));
        }
        return out;
    }

    private static List<String> variants(String stem) {
        List<String> variants = new ArrayList<>();
        for (String ending : DIMINUTIVE_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= SHORTEST_STEM) {
                variants.add(stem.substring(0, stem.length() - ending.length()));
            }
        }
        int last = stem.length() - 1;
        if (last >= SHORTEST_STEM && (stem.charAt(last - 1) == 'о' || stem.charAt(last - 1) == 'е')) {
            variants.add(stem.substring(0, last - 1) + stem.charAt(last));
        }
        return variants;
    }
}
