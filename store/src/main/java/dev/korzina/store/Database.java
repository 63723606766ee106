package dev.korzina.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The PostgreSQL database Korzina keeps its state in: the embedded server under the data directory by default,
 * or an external one by URL. Starting it applies the schema migrations; closing it stops the embedded server.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final String description;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final HikariDataSource dataSource;
    private final HikariDataSource relaxedDataSource;
    private final int migrationsApplied;

    private Database(
            String description,
            Optional<EmbeddedPostgresServer> embedded,
            HikariDataSource dataSource,
            HikariDataSource relaxedDataSource,
            int migrationsApplied) {
        this.description = description;
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.relaxedDataSource = relaxedDataSource;
        this.migrationsApplied = migrationsApplied;
    }

    /**
     * Starts (embedded) or connects to (external) the database and brings its schema up to date.
     *
     * @param config where the database is
     * @return the ready database
     * @throws DatabaseException when it cannot be started, reached or migrated
     */
    public static Database start(DbConfig config) {
        Optional<EmbeddedPostgresServer> embedded = config.embedded()
                ? Optional.of(EmbeddedPostgresServer.start(config.dataDir().resolve("pg")))
                : Optional.empty();
        String url = embedded.map(EmbeddedPostgresServer::jdbcUrl)
                .orElseGet(() -> config.url().orElseThrow());
        return open(config, embedded, url, config.describe());
    }

    /**
     * Like {@link #start}, but where the embedded PostgreSQL of the data directory already runs (a server is using
     * it), connects to that one and leaves it running on close: for a command that works beside a running server
     * ({@code tokens create}, {@code transcripts search}).
     *
     * @param config where the database is
     * @return the ready database
     * @throws DatabaseException when it cannot be started, reached or migrated
     */
    public static Database startOrAttach(DbConfig config) {
        if (!config.embedded()) {
            return start(config);
        }
        Optional<String> running =
                EmbeddedPostgresServer.runningJdbcUrl(config.dataDir().resolve("pg"));
        return running.isPresent()
                ? open(config, Optional.empty(), running.get(), config.describe() + ", started by a running server")
                : start(config);
    }

    private static Database open(
            DbConfig config, Optional<EmbeddedPostgresServer> embedded, String url, String description) {
        HikariDataSource dataSource = null;
        HikariDataSource relaxedDataSource = null;
        try {
            dataSource = new HikariDataSource(pool(config, url, "korzina-db", config.poolSize()));
            MigrateResult result = migrate(dataSource);
            HikariConfig relaxed = pool(config, url, "korzina-db-relaxed", Math.max(2, config.poolSize() / 2));
            relaxed.setConnectionInitSql("SET synchronous_commit = off");
            relaxedDataSource = new HikariDataSource(relaxed);
            Database database =
                    new Database(description, embedded, dataSource, relaxedDataSource, result.migrationsExecuted);
            LOG.info(() -> "database ready: " + description + ", schema version "
                    + Optional.ofNullable(result.targetSchemaVersion).orElse(result.initialSchemaVersion)
                    + ", migrations applied now: " + result.migrationsExecuted);
            return database;
        } catch (RuntimeException e) {
            if (relaxedDataSource != null) {
                relaxedDataSource.close();
            }
            if (dataSource != null) {
                dataSource.close();
            }
            embedded.ifPresent(EmbeddedPostgresServer::close);
            if (e instanceof DatabaseException) {
                throw e;
            }
            throw new DatabaseException("the database (" + description + ") cannot be used: " + e.getMessage(), e);
        }
    }

    private static HikariConfig pool(DbConfig config, String url, String name, int size) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(Math.min(2, size));
        pool.setInitializationFailTimeout(10_000);
        pool.setJdbcUrl(url);
        if (!config.embedded()) {
            config.user().ifPresent(pool::setUsername);
            config.password().ifPresent(pool::setPassword);
        }
        return pool;
    }

    private static MigrateResult migrate(DataSource dataSource) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("the database schema could not be migrated: " + e.getMessage(), e);
        }
    }

    /** The pooled connections to the database. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Pooled connections whose commits do not wait for the disk ({@code synchronous_commit = off}): a commit is
     * atomic and seen by everyone at once, but a crash of the database within a second of it may lose it. Only for
     * what may be lost then without harm (transcripts, conversation state); never for carts or orders. A statement
     * on them needs no transaction of its own to be cheap, so a write costs one round trip.
     */
    public DataSource relaxedDataSource() {
        return relaxedDataSource;
    }

    /** How many migrations this start applied (0 when the schema was already current). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Whether the database answers now, within a couple of seconds. */
    public boolean isHealthy() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(HEALTH_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Where the database is, for logs and health output; never shows a password. */
    public String description() {
        return description;
    }

    /** Closes the connections and stops the embedded server this one started, if any. */
    @Override
    public void close() {
        relaxedDataSource.close();
        dataSource.close();
        embedded.ifPresent(EmbeddedPostgresServer::close);
    }
}
