package dev.korzina.store.purchases;

import dev.korzina.skills.WeeklyOffers;
import dev.korzina.store.Transactions;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The weekly offers sent and refused, one row per household in the {@code weekly_offers} table. */
public final class PostgresWeeklyOffers implements WeeklyOffers {

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     */
    public PostgresWeeklyOffers(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Optional<LocalDate> lastOffered(String householdId) {
        return transactions.run("the weekly offer could not be read", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT last_offered_on FROM weekly_offers WHERE household_id = ?")) {
                select.setObject(1, UUID.fromString(householdId));
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? Optional.ofNullable(row.getDate(1)).map(Date::toLocalDate)
                            : Optional.<LocalDate>empty();
                }
            }
        });
    }

    @Override
    public void offered(String householdId, LocalDate day) {
        upsert(householdId, "last_offered_on", day);
    }

    @Override
    public boolean optedOut(String householdId) {
        return transactions.run("the weekly offer could not be read", connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT opted_out FROM weekly_offers WHERE household_id = ?")) {
                select.setObject(1, UUID.fromString(householdId));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public void optOut(String householdId) {
        upsert(householdId, "opted_out", true);
    }

    private void upsert(String householdId, String column, Object value) {
        transactions.run("the weekly offer could not be saved", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO weekly_offers (household_id, "
                    + column + ") VALUES (?, ?) ON CONFLICT (household_id) DO UPDATE SET " + column + " = EXCLUDED."
                    + column + ", updated_at = now()")) {
                upsert.setObject(1, UUID.fromString(householdId));
                upsert.setObject(2, value instanceof LocalDate day ? Date.valueOf(day) : value);
                return upsert.executeUpdate();
            }
        });
    }
}
