package dev.korzina.store.purchases;

import dev.korzina.replenish.Basket;
import dev.korzina.replenish.History;
import dev.korzina.replenish.PurchaseHistory;
import dev.korzina.store.Transactions;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Households' purchase histories: the {@code purchases} table (imported history) and the household's delivered
 * orders. A basket is what one source (an order, an imported basket's key) bought on one day; recording a source a second time adds nothing, so re-imports and
 * repeated order events are harmless.
 */
public final class PostgresPurchaseHistory implements PurchaseHistory {

    /** Recorded purchases and the lines of delivered orders, one row per product bought. */
    private static final String SELECT = "SELECT household_id, purchased_on, source, product_id FROM ("
            + "SELECT household_id, purchased_on, source, line, product_id FROM purchases"
            + " UNION ALL SELECT o.household_id, CAST(o.updated_at AS DATE), 'order:' || o.number, l.position,"
            + " l.product_id FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.status = 'delivered'"
            + ") bought";

    private static final String ORDER = " ORDER BY household_id, purchased_on, source, line";

    private final Transactions transactions;

    /**
     * Creates the store.
     *
     * @param dataSource the database, migrated
     */
    public PostgresPurchaseHistory(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /**
     * Records one basket of a household, once per source.
     *
     * @param householdId the household
     * @param source where the basket comes from: an order number, or an import's key for the basket
     * @param date the day of the purchase
     * @param productIds the products bought, in order; a product may repeat
     * @return whether the basket was new; false when this source was recorded before
     */
    public boolean record(String householdId, String source, LocalDate date, List<String> productIds) {
        return transactions.run("the purchase could not be recorded", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO purchases (household_id, source, line, product_id, purchased_on)"
                            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (int line = 0; line < productIds.size(); line++) {
                    insert.setObject(1, UUID.fromString(householdId));
                    insert.setString(2, source);
                    insert.setInt(3, line);
                    insert.setString(4, productIds.get(line));
                    insert.setDate(5, Date.valueOf(date));
                    insert.addBatch();
                }
                int added = 0;
                for (int count : insert.executeBatch()) {
                    added += count;
                }
                return added > 0;
            }
        });
    }

    @Override
    public Optional<History> of(String household) {
        return transactions.run("the purchase history could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE household_id = ?" + ORDER)) {
                select.setObject(1, UUID.fromString(household));
                return histories(select).stream().findFirst();
            }
        });
    }

    @Override
    public List<History> all() {
        return transactions.run("the purchase histories could not be read", connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT + ORDER)) {
                return histories(select);
            }
        });
    }

    /** Groups rows sorted by household, day and source into histories of baskets, oldest first. */
    private static List<History> histories(PreparedStatement select) throws SQLException {
        Map<String, Map<String, List<String>>> baskets = new LinkedHashMap<>();
        Map<String, LocalDate> days = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String household = rows.getObject(1, UUID.class).toString();
                LocalDate day = rows.getDate(2).toLocalDate();
                String key = day + " " + rows.getString(3);
                days.put(key, day);
                baskets.computeIfAbsent(household, h -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(rows.getString(4));
            }
        }
        List<History> histories = new ArrayList<>();
        baskets.forEach((household, byKey) -> histories.add(new History(
                household,
                byKey.entrySet().stream()
                        .map(e -> new Basket(Optional.of(days.get(e.getKey())), e.getValue()))
                        .toList())));
        return histories;
    }
}
