package dev.korzina.assistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.assistant.config.SynonymsFiles;
import dev.korzina.catalog.imports.CatalogReadResult;
import dev.korzina.catalog.imports.CatalogReader;
import dev.korzina.catalog.imports.ImportProgress;
import dev.korzina.catalog.search.Candidate;
import dev.korzina.catalog.search.LuceneCatalogSearch;
import dev.korzina.catalog.search.SearchResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code korzina search --catalog FILE [--top K]}: indexes a catalog file in memory (no database), then answers
 * JSON Lines queries from stdin, one result line per query line, in order. A bad line gets an error line and the
 * run goes on.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description =
                "Search a catalog for queries from stdin (JSON Lines): {\"id\":\"q1\",\"query\":\"молоко 2.5%\"}.")
final class SearchCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(SearchCommand.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            required = true,
            description = "The catalog: CSV with a header (id,name required) or JSON Lines.")
    Path catalog;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "Results per query (default 10).")
    int top;

    @Option(
            names = "--synonyms",
            paramLabel = "FILE",
            description = "A synonyms file (Solr format) instead of the bundled config/synonyms.txt.")
    Path synonyms;

    SearchCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, was " + top);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (LuceneCatalogSearch search =
                LuceneCatalogSearch.inMemory(SynonymsFiles.load(Optional.ofNullable(synonyms)))) {
            search.rebuild(read(catalog).products());
            BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                stdout.println(JSON.writeValueAsString(answer(search, line)));
            }
            stdout.flush();
        }
        return 0;
    }

    private static CatalogReadResult read(Path file) {
        CatalogReadResult read = new CatalogReader().readFile(file, ImportProgress.SILENT);
        LOG.info(() -> "catalog " + file + ": " + read.products().size() + " products, "
                + read.skipped().size() + " rows skipped");
        return read;
    }

    private ObjectNode answer(LuceneCatalogSearch search, String line) {
        ObjectNode out = JSON.createObjectNode();
        if (line.isBlank()) {
            out.set("id", NullNode.getInstance());
            return out.put("error", "an empty line, not a query");
        }
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            out.set("id", NullNode.getInstance());
            return out.put("error", "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode id = request.path("id");
        out.set("id", id.isMissingNode() ? NullNode.getInstance() : id.deepCopy());
        JsonNode query = request.path("query");
        if (!query.isTextual() || query.asText().isBlank()) {
            return out.put("error", "the line needs a non-empty \"query\" string");
        }
        SearchResult result = search.search(query.asText(), top);
        ArrayNode results = out.putArray("results");
        for (Candidate candidate : result.candidates()) {
            results.addObject()
                    .put("id", candidate.product().id())
                    .put("name", candidate.product().name())
                    .put("score", round(candidate.score()))
                    .put("confidence", round(candidate.confidence()));
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
