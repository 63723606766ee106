package dev.korzina.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs a unit of work in one transaction (committed when it returns, rolled back when it throws), or a single
 * statement on its own.
 */
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
     * Runs work outside any transaction (autocommit), which saves the round trip of a commit: for reads (under READ
     * COMMITTED each statement sees its own snapshot anyway, so a transaction around reads adds nothing) and for a
     * write that is one statement, atomic on its own ({@code INSERT}, {@code UPDATE … RETURNING}).
     *
     * @param what what the work does, for the error message
     * @param work the work: reads, or one writing statement
     * @param <T> what it answers
     * @return its answer
     * @throws DatabaseException when the database fails; exceptions of the work itself pass through
     */
    public <T> T runAutocommit(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException(what + ": " + e.getMessage(), e);
        }
    }
}
