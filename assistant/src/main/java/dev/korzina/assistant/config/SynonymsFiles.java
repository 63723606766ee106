package dev.korzina.assistant.config;

import dev.korzina.catalog.search.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the search synonyms: a file the configuration names, or the bundled {@code config/synonyms.txt}. */
public final class SynonymsFiles {

    /** The bundled synonyms, copied into the jar from {@code config/}. */
    static final String BUNDLED = "synonyms.txt";

    private SynonymsFiles() {}

    /**
     * Reads synonyms.
     *
     * @param file a synonyms file in Solr format; empty for the bundled one
     * @return the synonyms
     * @throws InvalidConfigException when the file is missing, unreadable or malformed
     */
    public static Synonyms load(Optional<Path> file) {
        try (InputStream in = file.isPresent()
                ? Files.newInputStream(file.get())
                : SynonymsFiles.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InvalidConfigException(BUNDLED + " is missing from the classpath");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return Synonyms.parse(reader);
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException("synonyms file " + file.orElseThrow() + " does not exist");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidConfigException("synonyms cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(
                    "synonyms file " + file.map(Path::toString).orElse(BUNDLED) + ": " + e.getMessage());
        }
    }
}
