package dev.korzina.catalog.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a catalog file (CSV with a header row, or JSON Lines) into products. Columns are matched by name,
 * unknown columns are ignored, and every row that cannot become a product is reported with its line number
 * and the reason instead of stopping the import.
 */
public final class CatalogReader {

    private final CsvMapper csvMapper = new CsvMapper();
    private final ObjectMapper jsonMapper = new ObjectMapper();

    /**
     * Reads a whole catalog file, its format chosen by its name ({@link CatalogFormat#ofFileName}).
     *
     * @param file the CSV or JSON Lines file
     * @param progress hears how far reading has got
     * @return the products and the rows left out
     * @throws CatalogImportException when the file is missing, unreadable or not UTF-8
     */
    public CatalogReadResult readFile(Path file, ImportProgress progress) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(
                    in,
                    CatalogFormat.ofFileName(file.getFileName().toString()),
                    file.toString(),
                    Files.size(file),
                    progress);
        } catch (NoSuchFileException e) {
            throw new CatalogImportException("catalog file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new CatalogImportException("catalog file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a whole catalog.
     *
     * @param in the catalog's bytes, UTF-8; not closed here
     * @param format its format
     * @param source its name, for the progress listener
     * @param totalBytes its size, or -1 when unknown
     * @param progress hears how far reading has got
     * @return the products and the rows left out
     * @throws CatalogImportException when the input is not UTF-8 or cannot be read at all
     */
    public CatalogReadResult read(
            InputStream in, CatalogFormat format, String source, long totalBytes, ImportProgress progress) {
        progress.started(source, totalBytes);
        CountingInputStream counting = new CountingInputStream(in, progress);
        Reader reader = new InputStreamReader(
                counting,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        RowCollector rows = new RowCollector();
        try {
            switch (format) {
                case CSV -> readCsv(reader, rows);
                case JSONL -> readJsonLines(reader, rows);
            }
        } catch (CharacterCodingException e) {
            throw new CatalogImportException(
                    source + " is not UTF-8 text (bad bytes near byte " + counting.count() + ")", e);
        } catch (IOException e) {
            throw new CatalogImportException(source + " cannot be read: " + e.getMessage(), e);
        } finally {
            progress.advanced(counting.count());
            progress.finished();
        }
        return rows.result();
    }

    private void readCsv(Reader reader, RowCollector rows) throws IOException {
        try (MappingIterator<List<String>> it = csvMapper
                .readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(reader)) {
            if (!it.hasNextValue()) {
                throw new CatalogImportException("the CSV file is empty: it needs a header row with at least id,name");
            }
            List<String> header = it.nextValue().stream()
                    .map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!header.contains("id") || !header.contains("name")) {
                throw new CatalogImportException(
                        "the CSV header must name the columns id and name; it has " + String.join(",", header));
            }
            while (true) {
                long line = it.getCurrentLocation().getLineNr();
                List<String> values;
                try {
                    if (!it.hasNextValue()) {
                        return;
                    }
                    line = it.getCurrentLocation().getLineNr();
                    values = it.nextValue();
                } catch (JsonProcessingException e) {
                    rows.reject(
                            line, "malformed CSV, the rest of the file could not be read: " + e.getOriginalMessage());
                    return;
                }
                if (values.size() > header.size()) {
                    rows.reject(line, "the row has " + values.size() + " fields but the header has " + header.size());
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    fields.put(header.get(i), values.get(i));
                }
                rows.accept(line, fields);
            }
        }
    }

    private void readJsonLines(Reader reader, RowCollector rows) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        long line = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = jsonMapper.readTree(text);
            } catch (JsonProcessingException e) {
                rows.reject(line, "not valid JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!node.isObject()) {
                rows.reject(line, "not a JSON object");
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            node.properties().forEach(field -> {
                if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    fields.put(
                            field.getKey().toLowerCase(Locale.ROOT),
                            field.getValue().asText());
                }
            });
            rows.accept(line, fields);
        }
    }
}
