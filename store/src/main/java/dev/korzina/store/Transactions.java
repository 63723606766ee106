package dev.korzina.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs a unit of work in one transaction: committed when it returns, rolled back when it throws. */
public final class Transactions {

    /**
     * A unit of work on one connection.
     *
     * @param <T> what it answers
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * Does the work.
         *
         * @param connection the transaction's connection
         * @return the answer
         * @throws SQLException when the database fails
         */
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    /**
     * Creates the runner.
     *
     * @param dataSource the database
     */
    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs the work in a transaction.
     *
     * @param what what the work does, for the error message ("the cart could not be saved")
     * @param work the work
     * @param <T> what it answers
     * @return its answer
     * @throws DatabaseException when the database fails; exceptions of the work itself pass through
     */
    public <T> T run(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work in a transaction whose commit does not wait for the disk ({@code synchronous_commit = off}): it
     * is atomic and seen by everyone at once, but a crash of the database within a second of it may lose it. Only
     * for what may be lost then without harm (transcripts, conversation state); never for carts.
     *
     * @param what what the work does, for the error message
     * @param work the work
     * @param <T> what it answers
     * @return its answer
     * @throws DatabaseException when the database fails; exceptions of the work itself pass through
     */
    public <T> T runWithoutWaitingForDisk(String what, Work<T> work) {
        return run(what, connection -> {
            try (Statement relax = connection.createStatement()) {
                relax.execute("SET LOCAL synchronous_commit = off");
            }
            return work.run(connection);
        });
    }
}
