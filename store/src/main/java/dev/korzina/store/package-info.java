/**
 * PostgreSQL: starting an embedded server under the data directory or connecting to an external one, applying
 * the Flyway migrations, and the repositories built on it. Start with {@link dev.korzina.store.Database}.
 */
package dev.korzina.store;
