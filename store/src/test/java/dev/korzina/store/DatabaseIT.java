package dev.korzina.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

class DatabaseIT {

    private static final String CLIENT_ADDRESS = "SELECT coalesce(inet_client_addr()::text, 'unix socket')";

    @TempDir
    Path dataDir;

    @Test
    void appliesEveryMigrationToAnEmptyDatabase() throws SQLException {
        try (Database database = Database.start(embedded())) {
            assertThat(database.migrationsApplied()).isPositive();
            assertThat(query(database, "SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isEqualTo(String.valueOf(database.migrationsApplied()));
        }
    }

    @Test
    void appliesNothingOnRestartAndKeepsTheData() throws SQLException {
        try (Database first = Database.start(embedded())) {
            execute(first, "INSERT INTO products (id, name) VALUES ('p1', 'Молоко')");
        }

        try (Database second = Database.start(embedded())) {
            assertThat(second.migrationsApplied()).isZero();
            assertThat(query(second, "SELECT name FROM products WHERE id = 'p1'"))
                    .isEqualTo("Молоко");
        }
    }

    @Test
    void commitsSynchronouslySoAnAcknowledgedChangeSurvivesACrash() throws SQLException {
        try (Database database = Database.start(embedded())) {
            assertThat(query(database, "SHOW synchronous_commit")).isEqualTo("on");
            assertThat(query(database, "SHOW fsync")).isEqualTo("on");
        }
    }

    @Test
    void relaxedConnectionsCommitWithoutWaitingForTheDiskWhileCartConnectionsStillWait() throws SQLException {
        try (Database database = Database.start(embedded())) {
            assertThat(query(database.relaxedDataSource(), "SHOW synchronous_commit"))
                    .isEqualTo("off");
            assertThat(query(database.dataSource(), "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aCommandBesideARunningServerUsesItsDatabaseAndLeavesItRunning() throws SQLException {
        try (Database running = Database.start(embedded())) {
            try (Database attached = Database.startOrAttach(embedded())) {
                execute(attached, "INSERT INTO products (id, name) VALUES ('p-beside', 'Кефир')");
                assertThat(attached.description()).endsWith("started by a running server");
            }

            assertThat(running.isHealthy()).isTrue();
            assertThat(query(running, "SELECT name FROM products WHERE id = 'p-beside'"))
                    .isEqualTo("Кефир");
        }
    }

    @Test
    void talksToTheEmbeddedServerThroughItsUnixSocket() throws SQLException {
        try (Database database = Database.start(embedded())) {
            assertThat(query(database, CLIENT_ADDRESS)).isEqualTo("unix socket");
            assertThat(query(database.relaxedDataSource(), CLIENT_ADDRESS)).isEqualTo("unix socket");
            try (Database attached = Database.startOrAttach(embedded())) {
                assertThat(query(attached, CLIENT_ADDRESS)).isEqualTo("unix socket");
            }
        }
    }

    @Test
    @Timeout(30)
    void aWaitForNotificationsOverTheUnixSocketEndsAtItsTimeoutAndTheConnectionStaysUsable() throws SQLException {
        try (Database database = Database.start(embedded());
                Connection listener = database.dataSource().getConnection()) {
            try (Statement listen = listener.createStatement()) {
                listen.execute("LISTEN korzina_test");
            }
            PGConnection postgres = listener.unwrap(PGConnection.class);
            long start = System.nanoTime();

            assertThat(postgres.getNotifications(300)).isEmpty();

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isBetween(Duration.ofMillis(250), Duration.ofSeconds(10));
            execute(database, "NOTIFY korzina_test, 'cart-1'");
            assertThat(postgres.getNotifications(10_000))
                    .extracting(PGNotification::getParameter)
                    .containsExactly("cart-1");
            try (Statement select = listener.createStatement();
                    ResultSet row = select.executeQuery("SELECT 42")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void refusesASecondServerOnADataDirectoryInUse() {
        try (Database running = Database.start(embedded())) {
            assertThatThrownBy(() -> Database.start(embedded()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("in use by another running Korzina");
            assertThat(running.isHealthy()).isTrue();
        }
    }

    @Test
    void usesAnExternalDatabaseByUrlWithTheSameMigrations(@TempDir Path otherDir) throws SQLException {
        try (EmbeddedPostgresServer external = EmbeddedPostgresServer.start(otherDir.resolve("pg"));
                Database database = Database.start(new DbConfig(
                        Optional.of(external.jdbcUrl()), Optional.empty(), Optional.empty(), dataDir, 2))) {
            assertThat(database.description()).startsWith("PostgreSQL at jdbc:postgresql://");
            assertThat(query(database, "SELECT count(*) FROM products")).isEqualTo("0");
        }
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }

    @Test
    void namesTheUnreachableExternalDatabaseWithoutItsPassword() {
        DbConfig unreachable = new DbConfig(
                Optional.of("jdbc:postgresql://127.0.0.1:1/korzina?password=secret"),
                Optional.of("korzina"),
                Optional.of("hunter2"),
                dataDir,
                2);

        assertThatThrownBy(() -> Database.start(unreachable))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("127.0.0.1:1")
                .hasMessageNotContaining("secret")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void masksPasswordsInJdbcUrls() {
        assertThat(DbConfig.maskPassword("jdbc:postgresql://db:5432/k?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/k?user=a&password=***&ssl=true");
        assertThat(DbConfig.maskPassword("jdbc:postgresql://bob:pw@db/k")).isEqualTo("jdbc:postgresql://bob:***@db/k");
    }

    private DbConfig embedded() {
        return new DbConfig(Optional.empty(), Optional.empty(), Optional.empty(), dataDir, 2);
    }

    private static String query(Database database, String sql) throws SQLException {
        return query(database.dataSource(), sql);
    }

    private static String query(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void execute(Database database, String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
