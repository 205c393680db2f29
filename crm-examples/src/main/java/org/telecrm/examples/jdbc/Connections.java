package org.telecrm.examples.jdbc;

import io.vavr.control.Either;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Transactions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The transaction boundary of the JDBC adapter: a transaction is one connection, bound to the thread that runs
 * the work, with auto-commit off and READ COMMITTED isolation; a nested {@link #inTransaction} joins it through a
 * savepoint. Every {@link SQLException} becomes a {@link StorageFailure}, which rolls the transaction back.
 */
final class Connections implements Transactions {

    /** A piece of JDBC work on a connection. */
    @FunctionalInterface
    interface Sql<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private volatile boolean readCommittedByDefault;

    Connections(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <L, R> Either<L, R> inTransaction(Supplier<Either<L, R>> work) {
        Objects.requireNonNull(work, "work");
        Connection open = current.get();
        return open == null ? outermost(work) : savepoint(open, work);
    }

    /**
     * Runs {@code work} in the thread's transaction, or, outside one, in a transaction of its own that commits on
     * {@code Right}. No savepoint: the work itself writes nothing before it knows it will return {@code Right}.
     */
    <L, R> Either<L, R> write(Sql<Either<L, R>> work) {
        Connection open = current.get();
        return open != null ? run(work, open) : outermost(() -> run(work, current.get()));
    }

    /** Whether the calling thread is in a transaction (whose reads may see its own uncommitted writes). */
    boolean insideTransaction() {
        return current.get() != null;
    }

    /** Runs a query on the thread's transaction, or, outside one, on a connection of its own (auto-commit). */
    <T> T read(Sql<T> query) {
        Connection open = current.get();
        if (open != null) {
            return run(query, open);
        }
        try (Connection connection = dataSource.getConnection()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <L, R> Either<L, R> outermost(Supplier<Either<L, R>> work) {
        Connection connection = open();
        boolean committed = false;
        try {
            current.set(connection);
            Either<L, R> result = Objects.requireNonNull(work.get(), "the work's result");
            if (result.isRight()) {
                connection.commit();
                committed = true;
            }
            return result;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            current.remove();
            finish(connection, committed);
        }
    }

    private static <L, R> Either<L, R> savepoint(Connection connection, Supplier<Either<L, R>> work) {
        Savepoint savepoint = run(Connection::setSavepoint, connection);
        Either<L, R> result = null;
        try {
            result = Objects.requireNonNull(work.get(), "the work's result");
            return result;
        } finally {
            boolean keep = result != null && result.isRight();
            run(c -> {
                if (keep) {
                    c.releaseSavepoint(savepoint);
                } else {
                    c.rollback(savepoint);
                }
                return null;
            }, connection);
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                isolate(connection);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * READ COMMITTED on every database: a save's locking read sees the latest committed version, and InnoDB takes no
     * gap locks (which, under its REPEATABLE READ default, deadlock concurrent creations). Asking a connection costs a
     * round trip on some drivers, so once one connection of the data source is found READ COMMITTED by default, the
     * others are taken to be (a pool hands its connections out in their default state).
     */
    private void isolate(Connection connection) throws SQLException {
        if (readCommittedByDefault) {
            return;
        }
        if (connection.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED) {
            readCommittedByDefault = true;
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** Rolls back what was not committed and gives the connection back. */
    private static void finish(Connection connection, boolean committed) {
        try (connection) {
            if (!committed) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // Nothing to report: what the caller must know is the work's own outcome (committed, a Left, or the
            // exception on its way up), and a database rolls back the open transaction of a connection that closes.
        }
    }

    static <T> T run(Sql<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static StorageFailure failure(SQLException e) {
        return new StorageFailure("the database refused: " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }
}
