package dev.korzina.store.dialog;

import dev.korzina.skills.NoteStore;
import dev.korzina.store.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Keeps the households' free-text list entries in the {@code notes} table. */
public final class PostgresNoteStore implements NoteStore {

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     */
    public PostgresNoteStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public List<String> notes(String householdId) {
        return transactions.runAutocommit("the notes could not be read", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT text FROM notes WHERE household_id = ? ORDER BY id")) {
                select.setObject(1, UUID.fromString(householdId));
                List<String> notes = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        notes.add(rows.getString(1));
                    }
                }
                return notes;
            }
        });
    }

    @Override
    public void add(String householdId, String text) {
        transactions.runAutocommit("the note could not be saved", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO notes (household_id, text) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setObject(1, UUID.fromString(householdId));
                insert.setString(2, text.strip());
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public boolean remove(String householdId, String text) {
        return transactions.runAutocommit("the note could not be removed", connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM notes WHERE household_id = ? AND text = ?")) {
                delete.setObject(1, UUID.fromString(householdId));
                delete.setString(2, text.strip());
                return delete.executeUpdate() > 0;
            }
        });
    }
}
