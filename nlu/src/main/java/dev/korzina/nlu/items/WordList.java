package dev.korzina.nlu.items;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the word lists shipped as UTF-8 resources: one entry a line, {@code #} starts a comment. */
final class WordList {

    private WordList() {}

    static List<String> read(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the word list " + resource + " is missing from the classpath");
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(normalize(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the word list " + resource + " cannot be read", e);
        }
        return entries;
    }

    /** Lower case and ё as е: the form words are compared in. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
