package dev.korzina.replenish.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads JSON Lines of {@code {"user":"u1","baskets":[{"date":"2024-01-05","items":["p1"]},…]}} (histories) and of
 * {@code {"user":"u1","items":[…]}} (next baskets and predictions). Blank lines are skipped.
 */
public final class HistoryReader {

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Reads a history file, one entry per non-blank line, in order.
     *
     * @param file the file
     * @return the lines, each a history or the reason it is not one
     * @throws UncheckedIOException when the file cannot be read
     */
    public List<HistoryLine> readHistories(Path file) {
        return readLines(file, numbered -> history(numbered.text(), numbered.number()));
    }

    /**
     * Reads next baskets or predictions: user to items; lines with an {@code error} or no {@code user} are skipped, as
     * {@code eval_replenish.py} does.
     *
     * @param file the file
     * @return the items of each user, in file order; a later line for the same user wins
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when a line is not JSON
     */
    public Map<String, List<String>> readBaskets(Path file) {
        Map<String, List<String>> baskets = new LinkedHashMap<>();
        readLines(
                        file,
                        numbered -> parse(numbered.text())
                                .orElseThrow(() -> new IllegalArgumentException(
                                        file + " line " + numbered.number() + " is not JSON")))
                .stream()
                .filter(node -> !node.has("error") && node.hasNonNull("user"))
                .forEach(node -> baskets.put(node.get("user").asText(), strings(node.path("items"))));
        return baskets;
    }

    /**
     * Parses one history line.
     *
     * @param line the JSON text
     * @param number the line number, for the error message
     * @return the history, or why the line is not one
     */
    public HistoryLine history(String line, int number) {
        Optional<JsonNode> parsed = parse(line);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return new HistoryLine.Invalid(Optional.empty(), "line " + number + ": not a JSON object");
        }
        JsonNode node = parsed.get();
        JsonNode user = node.path("user");
        if (!user.isTextual() && !user.isNumber()) {
            return new HistoryLine.Invalid(Optional.empty(), "line " + number + ": no \"user\"");
        }
        try {
            return new HistoryLine.Parsed(new History(user.asText(), baskets(node.path("baskets"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new HistoryLine.Invalid(Optional.of(user.asText()), "line " + number + ": " + e.getMessage());
        }
    }

    private static List<Basket> baskets(JsonNode baskets) {
        if (baskets.isMissingNode() || baskets.isNull()) {
            return List.of();
        }
        if (!baskets.isArray()) {
            throw new IllegalArgumentException("\"baskets\" must be a list");
        }
        List<Basket> result = new ArrayList<>();
        for (JsonNode basket : baskets) {
            if (!basket.isObject()) {
                throw new IllegalArgumentException("each basket must be an object with \"items\"");
            }
            Optional<LocalDate> date = basket.hasNonNull("date")
                    ? Optional.of(date(basket.get("date").asText()))
                    : Optional.empty();
            result.add(new Basket(date, strings(basket.path("items"))));
        }
        return result;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static List<String> strings(JsonNode items) {
        if (items.isMissingNode() || items.isNull()) {
            return List.of();
        }
        if (!items.isArray()) {
            throw new IllegalArgumentException("\"items\" must be a list");
        }
        List<String> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(item.asText()));
        return result;
    }

    private Optional<JsonNode> parse(String line) {
        try {
            return Optional.of(json.readTree(line));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> readLines(Path file, Function<NumberedLine, T> reader) {
        List<T> result = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    result.add(reader.apply(new NumberedLine(number, line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return result;
    }

    private record NumberedLine(int number, String text) {}
}
