package dev.korzina.assistant.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.dialog.Dialogs;
import dev.korzina.cart.CartLine;
import dev.korzina.skills.TurnResult;
import dev.korzina.store.identity.PostgresIdentityStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code korzina chat}: talk to the assistant. Interactively, each reply is followed by the cart; with
 * {@code --json}, stdin holds {@code {"user","text","channel"}} lines and stdout gets one reply object per line
 * (an {@code {"error":…}} line for a bad one). Customers, carts and conversations persist in the data dir.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Chat with the assistant in the terminal or as JSON Lines (--json).")
final class ChatCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigLoader loader;
    private final InputStream stdin;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--json", description = "Read JSON Lines turns from stdin and print one JSON reply per turn.")
    boolean json;

    @Option(
            names = "--user",
            paramLabel = "ID",
            defaultValue = "local",
            description = "The customer's id (default local; a JSON line's \"user\" wins).")
    String user;

    @Option(
            names = "--channel",
            paramLabel = "NAME",
            defaultValue = "cli",
            description = "The channel (default cli; a JSON line's \"channel\" wins).")
    String channel;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "A catalog (CSV or JSONL) that replaces the stored one (default: stored, else the demo).")
    Path catalog;

    ChatCommand(ConfigLoader loader, InputStream stdin) {
        this.loader = loader;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, String> flags = new HashMap<>();
        if (catalog != null) {
            flags.put("catalog.file", catalog.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader lines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        try (Dialogs dialogs = Dialogs.start(options.load(loader, flags))) {
            if (json) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(answer(dialogs, line));
                    out.flush();
                }
            } else {
                converse(dialogs, lines, out);
            }
        }
        return 0;
    }

    private void converse(Dialogs dialogs, BufferedReader lines, PrintWriter out) throws IOException {
        out.println("Korzina. Say what to buy (\"добавь молоко и два батона\"); an empty line or \"хватит\" ends.");
        out.print("> ");
        out.flush();
        for (String line = lines.readLine(); line != null && !line.isBlank(); line = lines.readLine()) {
            TurnResult result = dialogs.turn(channel, user, line, Optional.empty());
            out.println(result.reply().text());
            result.reply().buttons().forEach(b -> out.println("  [" + b + "]"));
            out.println("  cart (" + result.cart().lines().size() + "), total "
                    + result.cart().total() + ":");
            for (CartLine l : result.cart().lines()) {
                out.println("    " + quantity(l.quantity()) + " " + l.unit() + "  " + l.name());
            }
            result.notes().forEach(n -> out.println("    note: " + n));
            if (result.reply().endSession()) {
                break;
            }
            out.print("> ");
            out.flush();
        }
        out.flush();
    }

    private ObjectNode answer(Dialogs dialogs, String line) {
        ObjectNode out = JSON.createObjectNode();
        JsonNode turn;
        try {
            turn = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return out.put("error", "not valid JSON: " + e.getOriginalMessage());
        }
        if (turn == null
                || !turn.path("text").isTextual()
                || turn.path("text").asText().isBlank()) {
            return out.put("error", "the line needs a non-empty \"text\" string");
        }
        String who = turn.path("user").asText(user);
        String on = turn.path("channel").asText(channel);
        if (on.equals(PostgresIdentityStore.STAFF_CHANNEL)) {
            return out.put("error", "the channel " + on + " is only for staff sessions");
        }
        TurnResult result = dialogs.turn(on, who, turn.path("text").asText(), Optional.empty());
        out.put("user", who)
                .put("intent", result.intent())
                .put("reply", result.reply().text());
        ArrayNode cart = out.putArray("cart");
        for (CartLine l : result.cart().lines()) {
            cart.addObject()
                    .put("product_id", l.productId())
                    .put("name", l.name())
                    .put("quantity", quantity(l.quantity()))
                    .put("unit", l.unit());
        }
        ArrayNode notes = out.putArray("notes");
        result.notes().forEach(notes::add);
        return out;
    }

    private static BigDecimal quantity(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
