package dev.korzina.store.orders;

import dev.korzina.skills.push.NewsFeed;
import dev.korzina.skills.push.Notice;
import dev.korzina.skills.push.Notifier;
import dev.korzina.skills.push.QuietHours;
import dev.korzina.store.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The notifier the server hands to everything that tells households news. It keeps every notice of a household
 * that has not opted out: the next conversation turn of any channel says it (that is how Alice, which cannot push,
 * hears it), and the push channels (Telegram) get it at once, or at the end of the quiet hours when it comes at
 * night.
 */
public final class PostgresNotices implements Notifier, NewsFeed {

    private static final String ERROR = "the notices could not be read or saved";

    private final Transactions transactions;
    private final Clock clock;
    private final QuietHours quietHours;
    private final List<Notifier> channels;

    /**
     * Creates the notifier.
     *
     * @param dataSource the database, migrated
     * @param clock the time
     * @param quietHours when nothing is pushed
     * @param channels the channels that push, each honouring its platform's limits; read at each push, so a
     *     channel started later may be added to a concurrent list given here
     */
    public PostgresNotices(DataSource dataSource, Clock clock, QuietHours quietHours, List<Notifier> channels) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
        this.quietHours = quietHours;
        this.channels = channels;
    }

    /**
     * Keeps a notice for the household and pushes it unless it is night.
     *
     * @return 0 when the household opted out, else 1 for its next turn plus the recipients of the notices pushed now
     */
    @Override
    public int notify(String householdId, Notice notice) {
        UUID household = UUID.fromString(householdId);
        Instant now = clock.instant();
        boolean kept = transactions.run(ERROR, connection -> {
            if (optedOut(connection, household)) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO notices (household_id, kind, russian, english, created_at, push_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, household);
                insert.setString(2, notice.kind());
                insert.setString(3, notice.russian());
                insert.setString(4, notice.english());
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setTimestamp(6, Timestamp.from(quietHours.release(now)));
                insert.executeUpdate();
            }
            return true;
        });
        return kept ? 1 + releaseHeld() : 0;
    }

    /**
     * Pushes the notices whose quiet hours are over to the push channels, once each.
     *
     * @return how many recipients they were queued for
     */
    public int releaseHeld() {
        List<Held> due = transactions.runAutocommit(ERROR, connection -> {
            List<Held> held = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "UPDATE notices SET pushed_at = ? WHERE id IN (SELECT id FROM notices WHERE pushed_at IS NULL"
                            + " AND push_at <= ? ORDER BY id FOR UPDATE SKIP LOCKED)"
                            + " RETURNING household_id, kind, russian, english")) {
                Timestamp now = Timestamp.from(clock.instant());
                select.setTimestamp(1, now);
                select.setTimestamp(2, now);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        held.add(new Held(
                                row.getObject(1, UUID.class).toString(),
                                new Notice(row.getString(2), row.getString(3), row.getString(4))));
                    }
                }
            }
            return held;
        });
        int recipients = 0;
        for (Held notice : due) {
            for (Notifier channel : channels) {
                recipients += channel.notify(notice.householdId(), notice.notice());
            }
        }
        return recipients;
    }

    @Override
    public Fresh fresh(String householdId) {
        return transactions.runAutocommit(ERROR, connection -> {
            Map<String, Notice> newest = new LinkedHashMap<>();
            long through = 0;
            boolean ratingDue = false;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT n.id, n.kind, n.russian, n.english, EXISTS (SELECT 1 FROM orders o WHERE o.household_id = ?"
                            + " AND o.status = 'delivered' AND o.feedback_asked_at IS NULL) FROM (VALUES (1)) one"
                            + " LEFT JOIN notices n ON n.household_id = ? AND n.heard_at IS NULL ORDER BY n.id")) {
                UUID household = UUID.fromString(householdId);
                select.setObject(1, household);
                select.setObject(2, household);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        ratingDue = row.getBoolean(5);
                        if (row.getString(2) != null) {
                            through = row.getLong(1);
                            Notice notice = new Notice(row.getString(2), row.getString(3), row.getString(4));
                            newest.remove(notice.kind());
                            newest.put(notice.kind(), notice);
                        }
                    }
                }
            }
            return new Fresh(List.copyOf(newest.values()), through, ratingDue);
        });
    }

    @Override
    public void markHeard(String householdId, long through) {
        transactions.runAutocommit(ERROR, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE notices SET heard_at = ? WHERE household_id = ? AND heard_at IS NULL AND id <= ?")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setObject(2, UUID.fromString(householdId));
                update.setLong(3, through);
                return update.executeUpdate();
            }
        });
    }

    /**
     * Forgets notices made before a time, said or not: news a month old is no longer news, and the table does not
     * grow for ever.
     *
     * @param before notices made earlier are deleted
     * @return how many were deleted
     */
    public int purgeBefore(Instant before) {
        return transactions.runAutocommit(ERROR, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM notices WHERE created_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(before));
                return delete.executeUpdate();
            }
        });
    }

    /**
     * A household's notices that no turn has said yet, oldest first, leaving them unheard.
     *
     * @param householdId the household
     * @return the notices
     */
    public List<Notice> unheard(String householdId) {
        return transactions.runAutocommit(ERROR, connection -> {
            List<Notice> unheard = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT kind, russian, english FROM notices WHERE household_id = ? AND heard_at IS NULL"
                            + " ORDER BY id")) {
                select.setObject(1, UUID.fromString(householdId));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        unheard.add(new Notice(row.getString(1), row.getString(2), row.getString(3)));
                    }
                }
            }
            return unheard;
        });
    }

    @Override
    public void setEnabled(String householdId, boolean enabled) {
        UUID household = UUID.fromString(householdId);
        transactions.run(ERROR, connection -> {
            try (PreparedStatement change = connection.prepareStatement(
                    enabled
                            ? "DELETE FROM notice_opt_outs WHERE household_id = ?"
                            : "INSERT INTO notice_opt_outs (household_id) VALUES (?) ON CONFLICT DO NOTHING")) {
                change.setObject(1, household);
                return change.executeUpdate();
            }
        });
    }

    /**
     * Whether a household receives notices.
     *
     * @param householdId the household
     * @return false when it opted out
     */
    public boolean enabled(String householdId) {
        return !transactions.runAutocommit(ERROR, connection -> optedOut(connection, UUID.fromString(householdId)));
    }

    private static boolean optedOut(Connection connection, UUID household) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT 1 FROM notice_opt_outs WHERE household_id = ?")) {
            select.setObject(1, household);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private record Held(String householdId, Notice notice) {}
}
