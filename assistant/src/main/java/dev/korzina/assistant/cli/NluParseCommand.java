package dev.korzina.assistant.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.nlu.Item;
import dev.korzina.nlu.Language;
import dev.korzina.nlu.Nlu;
import dev.korzina.nlu.Parse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korzina nlu parse}: one JSON object a line on stdin ({@code {"id","text","lang"}}), one parse a line on
 * stdout, in order; a bad line gets {@code {"id","error"}} and the run goes on.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = "Parse utterances from stdin, one JSON per line.")
final class NluParseCommand implements Callable<Integer> {

    private final ObjectMapper json = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    NluOptions options;

    @Option(
            names = "--lang",
            paramLabel = "ru|en",
            description = "Language of lines without \"lang\" (default: detect).")
    String lang;

    NluParseCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Language> defaultLanguage = Optional.ofNullable(lang).flatMap(Language::fromCode);
        if (lang != null && defaultLanguage.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--lang must be ru or en, not " + lang);
        }
        Nlu nlu = options.nlu();
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                out.println(json.writeValueAsString(answer(line, nlu, defaultLanguage)));
                out.flush();
            }
        }
        return 0;
    }

    private ObjectNode answer(String line, Nlu nlu, Optional<Language> defaultLanguage) {
        JsonNode request;
        try {
            request = json.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "the line is not JSON: " + e.getOriginalMessage());
        }
        JsonNode id = request.path("id");
        if (!request.isObject() || !request.path("text").isTextual()) {
            return error(id, "each line needs a \"text\" string");
        }
        Optional<Language> language = defaultLanguage;
        if (request.hasNonNull("lang")) {
            language = Language.fromCode(request.path("lang").asText());
            if (language.isEmpty()) {
                return error(
                        id,
                        "\"lang\" must be ru or en, not " + request.path("lang").asText());
            }
        }
        return parse(id, nlu.parse(request.path("text").asText(), language));
    }

    private ObjectNode parse(JsonNode id, Parse parse) {
        ObjectNode result = json.createObjectNode();
        result.set("id", id.isMissingNode() ? null : id);
        result.put("intent", parse.intent().name());
        ArrayNode items = result.putArray("items");
        for (Item item : parse.intent().items()) {
            items.addObject()
                    .put("product", item.product())
                    .put("quantity", item.quantity())
                    .put("unit", item.unit().code());
        }
        result.put("order_ref", parse.intent().orderRef().orElse(null));
        result.put("lang", parse.language().code());
        return result;
    }

    private ObjectNode error(JsonNode id, String message) {
        ObjectNode result = json.createObjectNode();
        result.set("id", id == null || id.isMissingNode() ? null : id);
        result.put("error", message);
        return result;
    }
}
