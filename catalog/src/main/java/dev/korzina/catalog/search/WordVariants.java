package dev.korzina.catalog.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Other stems to try for a query word that no product, or almost none, contains: a likely intended spelling from
 * the catalog's own words ("yougurt" → "yogurt", "малоко" → "молоко"), and for Russian the base form the stemmer
 * missed behind a diminutive or a fleeting vowel ("пломбирчик" → "пломбир", "колбаска" → "колбас", "сливок" →
 * "сливк").
 */
final class WordVariants {

    /** A word found in at most this many products may be a misspelling. */
    static final int RARE_WORD = 2;

    private static final List<String> DIMINUTIVE_ENDINGS =
            List.of("очк", "ечк", "ушк", "юшк", "оньк", "еньк", "чик", "ик", "к");
    private static final int SHORTEST_STEM = 4;

    private WordVariants() {}

    /** What the catalog's words are. */
    interface Vocabulary {

        /** How many products contain a stem. */
        int documentFrequency(String stem);

        /** The stem spelled most like {@code stem} that many more products contain, if any. */
        List<String> commonerSpellings(String stem);
    }

    /**
     * Adds the variants to each one-word slot whose word is rare in the catalog.
     *
     * @param slots the analysed query
     * @param vocabulary the catalog's words
     * @return the slots with the variants as alternatives
     */
    static List<Slot> addTo(List<Slot> slots, Vocabulary vocabulary) {
        List<Slot> out = new ArrayList<>(slots.size());
        for (Slot slot : slots) {
            List<QueryTerm> own = slot.own();
            // a word with synonyms is known to the synonyms file: no need to guess what was meant
            if (own.size() != 1
                    || own.get(0).numeric()
                    || own.get(0).unit()
                    || slot.alternatives().size() > 1) {
                out.add(slot);
                continue;
            }
            String stem = own.get(0).stem();
            int frequency = vocabulary.documentFrequency(stem);
            if (frequency > RARE_WORD) {
                out.add(slot);
                continue;
            }
            List<Alternative> variants = new ArrayList<>();
            if (frequency == 0 && !own.get(0).latin()) {
                baseForms(stem).stream()
                        .filter(base -> vocabulary.documentFrequency(base) > 0)
                        .forEach(base -> variants.add(alternative(base, Alternative.Kind.VARIANT)));
            }
            if (variants.isEmpty()) {
                vocabulary.commonerSpellings(stem).stream()
                        .forEach(spelling -> variants.add(alternative(spelling, Alternative.Kind.CORRECTION)));
            }
            out.add(slot.with(variants));
        }
        return out;
    }

    private static Alternative alternative(String stem, Alternative.Kind kind) {
        return Alternative.of(new QueryTerm(stem, Transliteration.key(stem)), kind);
    }

    private static List<String> baseForms(String stem) {
        List<String> forms = new ArrayList<>();
        for (String ending : DIMINUTIVE_ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= SHORTEST_STEM) {
                forms.add(stem.substring(0, stem.length() - ending.length()));
            }
        }
        int last = stem.length() - 1;
        if (last >= SHORTEST_STEM && (stem.charAt(last - 1) == 'о' || stem.charAt(last - 1) == 'е')) {
            forms.add(stem.substring(0, last - 1) + stem.charAt(last));
        }
        return forms;
    }
}
