package dev.korzina.store.dialog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.korzina.nlu.Language;
import dev.korzina.skills.Conversation;
import dev.korzina.skills.Conversation.Kind;
import dev.korzina.skills.Conversation.Option;
import dev.korzina.skills.Conversation.Question;
import dev.korzina.skills.ConversationStore;
import dev.korzina.store.DatabaseException;
import dev.korzina.store.Transactions;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Keeps each conversation's state as one JSONB row of the {@code conversations} table, read and written by one
 * statement each. On the database's relaxed connections the write does not wait for the disk: a crash of the
 * database right after a turn could at worst forget that turn's state (a pending question, what to undo), never a
 * cart change.
 */
public final class PostgresConversationStore implements ConversationStore {

    private final Transactions transactions;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated; its {@link dev.korzina.store.Database#relaxedDataSource() relaxed}
     *     connections, whose commits do not wait for the disk, are enough
     */
    public PostgresConversationStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Optional<Conversation> load(String conversationId) {
        Optional<String> row = transactions.runAutocommit("the conversation could not be read", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT state::text FROM conversations WHERE id = ?")) {
                select.setString(1, conversationId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return row.map(this::read);
    }

    @Override
    public void save(String conversationId, Conversation conversation) {
        String state = write(conversation);
        transactions.runAutocommit("the conversation could not be saved", connection -> {
            try (PreparedStatement upsert =
                    connection.prepareStatement("INSERT INTO conversations (id, state) VALUES (?, ?::jsonb) "
                            + "ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()")) {
                upsert.setString(1, conversationId);
                upsert.setString(2, state);
                return upsert.executeUpdate();
            }
        });
    }

    private String write(Conversation conversation) {
        ObjectNode root = json.createObjectNode()
                .put("language", conversation.language().code())
                .put("undo_steps", conversation.undoSteps());
        conversation.lastProductId().ifPresent(id -> root.put("last_product_id", id));
        ArrayNode questions = root.putArray("questions");
        for (Question question : conversation.questions()) {
            ObjectNode asked = questions.addObject().put("kind", question.kind().name());
            question.ref().ifPresent(ref -> asked.put("ref", ref));
            ArrayNode options = asked.putArray("options");
            for (Option option : question.options()) {
                options.addObject()
                        .put("product_id", option.productId())
                        .put("name", option.name())
                        .put("quantity", option.quantity());
            }
        }
        return root.toString();
    }

    private Conversation read(String state) {
        try {
            JsonNode root = json.readTree(state);
            List<Question> questions = new ArrayList<>();
            for (JsonNode question : root.path("questions")) {
                List<Option> options = new ArrayList<>();
                for (JsonNode option : question.path("options")) {
                    options.add(new Option(
                            option.path("product_id").asText(),
                            option.path("name").asText(),
                            new BigDecimal(option.path("quantity").asText())));
                }
                OptionalLong ref = question.has("ref")
                        ? OptionalLong.of(question.path("ref").asLong())
                        : OptionalLong.empty();
                questions.add(new Question(Kind.valueOf(question.path("kind").asText()), options, ref));
            }
            Language language =
                    Language.fromCode(root.path("language").asText()).orElse(Language.RU);
            Optional<String> last =
                    Optional.ofNullable(root.get("last_product_id")).map(JsonNode::asText);
            return new Conversation(
                    language, last, questions, root.path("undo_steps").asInt(1));
        } catch (JsonProcessingException e) {
            throw new DatabaseException("a stored conversation is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
