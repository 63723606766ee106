package dev.korzina.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database.
 *
 * @param url a JDBC URL of an external PostgreSQL; empty to run the embedded one
 * @param user the external database's user
 * @param password the external database's password
 * @param dataDir the data directory; the embedded PostgreSQL keeps its files in {@code dataDir/pg}
 * @param poolSize the most connections held open at once
 */
public record DbConfig(
        Optional<String> url, Optional<String> user, Optional<String> password, Path dataDir, int poolSize) {

    /** Checks the values. */
    public DbConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dataDir, "dataDir");
        url.filter(u -> !u.startsWith("jdbc:postgresql:")).ifPresent(u -> {
            throw new IllegalArgumentException("db.url must start with jdbc:postgresql: (got " + u + ")");
        });
        if (poolSize < 1) {
            throw new IllegalArgumentException("db.pool-size must be at least 1 (got " + poolSize + ")");
        }
    }

    /** Where the database is, for logs and messages; a password in the URL or configured is never shown. */
    public String describe() {
        return url.map(DbConfig::maskPassword)
                .map(u -> "PostgreSQL at " + u + user.map(name -> " as " + name).orElse(""))
                .orElseGet(() -> "embedded PostgreSQL in " + dataDir.resolve("pg"));
    }

    static String maskPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
    }

    /** Whether this configuration runs the embedded PostgreSQL. */
    public boolean embedded() {
        return url.isEmpty();
    }
}
