package dev.korzina.assistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.assistant.Application;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.dialog.TranscriptView;
import dev.korzina.store.Database;
import dev.korzina.store.dialog.PostgresTranscriptStore;
import dev.korzina.store.transcripts.LuceneTranscriptSearch;
import dev.korzina.store.transcripts.TranscriptHit;
import dev.korzina.store.transcripts.TranscriptQuery;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code korzina transcripts search}: the stored dialog turns that match, one JSON object per line on stdout (the
 * shape of {@code GET /api/transcripts} results), best first with {@code --q}, else newest first.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Find dialog turns by words (any inflection), customer and time; prints JSON Lines.")
final class TranscriptsSearchCommand implements Callable<Integer> {

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--q", paramLabel = "TEXT", description = "Words the utterance or reply must contain.")
    String text;

    @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's turns (a customer id).")
    String customer;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Turns from this date (the day in UTC) or ISO-8601 instant on.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Turns up to this date (inclusive, UTC) or before this ISO-8601 instant.")
    String to;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "20",
            description = "The most turns to print (default 20).")
    int limit;

    TranscriptsSearchCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        TranscriptQuery query = new TranscriptQuery(
                Optional.ofNullable(text),
                Optional.ofNullable(customer),
                bound("--from", from, false),
                bound("--to", to, true),
                limit);
        ObjectMapper json = Application.objectMapper();
        PrintWriter out = spec.commandLine().getOut();
        try (Database database =
                        Database.startOrAttach(options.load(loader, Map.of()).db());
                LuceneTranscriptSearch search =
                        LuceneTranscriptSearch.inMemory(new PostgresTranscriptStore(database.dataSource()))) {
            List<TranscriptHit> hits = search.search(query);
            for (TranscriptHit hit : hits) {
                out.println(json.writeValueAsString(TranscriptView.of(hit)));
            }
        }
        out.flush();
        return 0;
    }

    private Optional<Instant> bound(String option, String value, boolean end) {
        try {
            return Optional.ofNullable(value).map(v -> TranscriptQuery.bound(v, end));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
