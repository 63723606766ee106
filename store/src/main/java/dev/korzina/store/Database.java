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

    private final DbConfig config;
    private final Optional<EmbeddedPostgresServer> embedded;
    private final HikariDataSource dataSource;
    private final int migrationsApplied;

    private Database(
            DbConfig config,
            Optional<EmbeddedPostgresServer> embedded,
            HikariDataSource dataSource,
            int migrationsApplied) {
        this.config = config;
        this.embedded = embedded;
        this.dataSource = dataSource;
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
        HikariDataSource dataSource = null;
        try {
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("korzina-db");
            pool.setMaximumPoolSize(config.poolSize());
            pool.setMinimumIdle(Math.min(2, config.poolSize()));
            pool.setInitializationFailTimeout(10_000);
            if (embedded.isPresent()) {
                pool.setJdbcUrl(embedded.get().jdbcUrl());
            } else {
                pool.setJdbcUrl(config.url().orElseThrow());
                config.user().ifPresent(pool::setUsername);
                config.password().ifPresent(pool::setPassword);
            }
            dataSource = new HikariDataSource(pool);
            MigrateResult result = migrate(dataSource);
            Database database = new Database(config, embedded, dataSource, result.migrationsExecuted);
            LOG.info(() -> "database ready: " + database.description() + ", schema version "
                    + Optional.ofNullable(result.targetSchemaVersion).orElse(result.initialSchemaVersion)
                    + ", migrations applied now: " + result.migrationsExecuted);
            return database;
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            embedded.ifPresent(EmbeddedPostgresServer::close);
            if (e instanceof DatabaseException) {
                throw e;
            }
            throw new DatabaseException(
                    "the database (" + config.describe() + ") cannot be used: " + e.getMessage(), e);
        }
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
        return config.describe();
    }

    /** Closes the connections and stops the embedded server, if any. */
    @Override
    public void close() {
        dataSource.close();
        embedded.ifPresent(EmbeddedPostgresServer::close);
    }
}
