package dev.korzina.store.dialog;

import dev.korzina.skills.TranscriptEntry;
import dev.korzina.skills.TranscriptStore;
import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Keeps every dialog turn in the {@code transcripts} table, one statement a turn. On the database's relaxed
 * connections a turn's row is committed without waiting for the disk: it is searchable at once, and only a crash of
 * the database right after the turn could lose it.
 */
public final class PostgresTranscriptStore implements TranscriptStore {

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated; its {@link dev.korzina.store.Database#relaxedDataSource() relaxed}
     *     connections, whose commits do not wait for the disk, are enough
     */
    public PostgresTranscriptStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public void record(TranscriptEntry entry) {
        transactions.runAutocommit("the transcript could not be saved", connection -> {
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
        return select("WHERE customer_id = ? ORDER BY at, id", UUID.fromString(customerId)).stream()
                .map(StoredTranscript::entry)
                .toList();
    }

    /**
     * The turns stored after a row id, in id order.
     *
     * @param id the last row id already seen ({@code 0} for all)
     * @param max the most turns to answer
     * @return the turns
     */
    public List<StoredTranscript> after(long id, int max) {
        return select("WHERE id > ? ORDER BY id LIMIT ?", id, max);
    }

    private List<StoredTranscript> select(String where, Object... values) {
        return transactions.runAutocommit("the transcripts could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, at, channel, customer_id, household_id, utterance, language, intent, items,"
                            + " cart_diff, reply, latency_us FROM transcripts " + where)) {
                for (int i = 0; i < values.length; i++) {
                    select.setObject(i + 1, values[i]);
                }
                List<StoredTranscript> turns = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        turns.add(new StoredTranscript(rows.getLong(1), entry(rows)));
                    }
                }
                return turns;
            }
        });
    }

    private static TranscriptEntry entry(ResultSet row) throws SQLException {
        return new TranscriptEntry(
                row.getTimestamp(2).toInstant(),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                Arrays.asList((String[]) row.getArray(9).getArray()),
                row.getString(10),
                row.getString(11),
                Duration.ofNanos(row.getLong(12) * 1000));
    }
}
