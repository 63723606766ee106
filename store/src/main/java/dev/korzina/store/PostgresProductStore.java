package dev.korzina.store;

import dev.korzina.catalog.Product;
import dev.korzina.catalog.ProductStore;
import dev.korzina.catalog.SizeUnit;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The catalog in the {@code products} table. */
public final class PostgresProductStore implements ProductStore {

    private static final int BATCH = 1000;
    private static final String UPSERT = """
            INSERT INTO products (id, name, name_en, brand, category, price, unit, size, popularity, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
                brand = excluded.brand, category = excluded.category, price = excluded.price,
                unit = excluded.unit, size = excluded.size, popularity = excluded.popularity,
                updated_at = excluded.updated_at
            """;

    private final DataSource dataSource;

    /**
     * Creates the store.
     *
     * @param dataSource connections to a migrated database
     */
    public PostgresProductStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void replaceAll(List<Product> products) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsert(connection, products);
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM products WHERE NOT (id = ANY (?))")) {
                    delete.setArray(
                            1,
                            connection.createArrayOf(
                                    "text", products.stream().map(Product::id).toArray()));
                    delete.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("the catalog could not be saved: " + e.getMessage(), e);
        }
    }

    private static void upsert(Connection connection, List<Product> products) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
            int pending = 0;
            for (Product p : products) {
                insert.setString(1, p.id());
                insert.setString(2, p.name());
                setText(insert, 3, p.nameEn());
                setText(insert, 4, p.brand());
                setText(insert, 5, p.category());
                insert.setBigDecimal(6, p.price().orElse(null));
                setText(insert, 7, p.unit().map(SizeUnit::code));
                insert.setBigDecimal(8, p.size().orElse(null));
                insert.setDouble(9, p.popularity());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static void setText(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    @Override
    public List<Product> findAll() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, name, name_en, brand, category, price, unit, size, popularity FROM products ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            List<Product> products = new ArrayList<>();
            while (rows.next()) {
                products.add(new Product(
                        rows.getString("id"),
                        rows.getString("name"),
                        Optional.ofNullable(rows.getString("name_en")),
                        Optional.ofNullable(rows.getString("brand")),
                        Optional.ofNullable(rows.getString("category")),
                        Optional.ofNullable(rows.getBigDecimal("price")),
                        Optional.ofNullable(rows.getString("unit")).flatMap(SizeUnit::fromCode),
                        Optional.ofNullable(rows.getBigDecimal("size")).map(BigDecimal::stripTrailingZeros),
                        rows.getDouble("popularity")));
            }
            return products;
        } catch (SQLException e) {
            throw new DatabaseException("the catalog could not be read: " + e.getMessage(), e);
        }
    }

    @Override
    public long count() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM products");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new DatabaseException("the catalog could not be counted: " + e.getMessage(), e);
        }
    }
}
