/**
 * The JDBC driver's way to the embedded PostgreSQL through its Unix-domain socket instead of loopback TCP: fewer
 * kernel steps per round trip for both processes. Used only for the embedded server, whose socket file is known
 * from its {@code postmaster.pid}; an external database is reached by its URL as given.
 */
package dev.korzina.store.socket;
