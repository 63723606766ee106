package dev.korzina.nlu.morph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Looks word forms up in a morfologik dictionary. Thread-safe: each thread reads through its own lookup, since a
 * {@link DictionaryLookup} reuses its buffers.
 */
public final class Morphology {

    private static final String RUSSIAN = "/org/languagetool/resource/ru/russian.dict";
    private static final String RUSSIAN_SYNTHESIS = "/org/languagetool/resource/ru/russian_synth.dict";
    private static final String ENGLISH = "/org/languagetool/resource/en/english.dict";

    private final ThreadLocal<DictionaryLookup> analysis;
    private final Optional<ThreadLocal<DictionaryLookup>> synthesis;

    private Morphology(Dictionary analysis, Optional<Dictionary> synthesis) {
        this.analysis = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
        this.synthesis = synthesis.map(d -> ThreadLocal.withInitial(() -> new DictionaryLookup(d)));
    }

    /** Russian, with synthesis of forms (for agreeing adjectives with their noun). */
    public static Morphology russian() {
        return new Morphology(read(RUSSIAN), Optional.of(read(RUSSIAN_SYNTHESIS)));
    }

    /** English lemmas and tags. */
    public static Morphology english() {
        return new Morphology(read(ENGLISH), Optional.empty());
    }

    private static Dictionary read(String resource) {
        URL url = Morphology.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the dictionary " + resource + " is missing from the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("the dictionary " + resource + " cannot be read", e);
        }
    }

    /**
     * The readings of a word form.
     *
     * @param word a lower-case word
     * @return its readings, lemmas lower-case; empty for a word the dictionary does not know
     */
    public List<Analysis> analyze(String word) {
        List<WordData> found = analysis.get().lookup(word);
        List<Analysis> readings = new ArrayList<>(found.size());
        for (WordData data : found) {
            CharSequence tag = data.getTag();
            readings.add(new Analysis(
                    data.getStem().toString().toLowerCase(Locale.ROOT), tag == null ? "" : tag.toString()));
        }
        return readings;
    }

    /**
     * The form of a lemma with the given tag ("сливочный" + {@code ADJ:Posit:Neut:Nom} → "сливочное").
     *
     * @param lemma the dictionary form
     * @param tag the wanted tag
     * @return the form, or empty when unknown or when this language has no synthesis
     */
    public Optional<String> synthesize(String lemma, String tag) {
        return synthesis.flatMap(lookup -> lookup.get().lookup(lemma + "|" + tag).stream()
                .findFirst()
                .map(data -> data.getStem().toString()));
    }
}
