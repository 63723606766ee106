package dev.korzina.store.dialog;

import dev.korzina.skills.TranscriptEntry;
import dev.korzina.skills.TranscriptStore;
import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Keeps every dialog turn in the {@code transcripts} table. */
public final class PostgresTranscriptStore implements TranscriptStore {

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     */
    public PostgresTranscriptStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public void record(TranscriptEntry entry) {
        transactions.run("the transcript could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO transcripts (at, channel, customer_id, household_id, utterance, language, intent,"
                            + " items, cart_diff, reply, latency_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setTimestamp(1, Timestamp.from(entry.at()));
                insert.setString(2, entry.channel());
                insert.setObject(3, UUID.fromString(entry.customerId()));
                insert.setObject(4, UUID.fromString(entry.householdId()));
                insert.setString(5, entry.utterance());
                insert.setString(6, entry.language());
                insert.setString(7, entry.intent());
                insert.setArray(
                        8, connection.createArrayOf("text", entry.items().toArray()));
                insert.setString(9, entry.cartDiff());
                insert.setString(10, entry.reply());
                insert.setLong(11, entry.latency().toNanos() / 1000);
                return insert.executeUpdate();
            }
        });
    }

    /**
     * A customer's turns, oldest first.
     *
     * @param customerId the customer
     * @return the turns
     */
    public List<TranscriptEntry> ofCustomer(String customerId) {
        return transactions.run("the transcripts could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT at, channel, customer_id, household_id, utterance, language, intent, items, cart_diff,"
                            + " reply, latency_us FROM transcripts WHERE customer_id = ? ORDER BY at, id")) {
                select.setObject(1, UUID.fromString(customerId));
                List<TranscriptEntry> entries = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new TranscriptEntry(
                                rows.getTimestamp(1).toInstant(),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                Arrays.asList((String[]) rows.getArray(8).getArray()),
                                rows.getString(9),
                                rows.getString(10),
                                Duration.ofNanos(rows.getLong(11) * 1000)));
                    }
                }
                return entries;
            }
        });
    }
}
