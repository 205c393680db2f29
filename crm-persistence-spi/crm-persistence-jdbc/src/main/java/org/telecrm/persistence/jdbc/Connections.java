package org.telecrm.persistence.jdbc;

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
     * Runs {@code work} atomically: outside a transaction in one of its own that commits on {@code Right}; inside the
     * thread's transaction behind a savepoint, rolled back to on {@code Left} or a failure. Why the savepoint: a host
     * that catches a failed save and commits the rest (a batch skipping a bad item) must not commit half of it, an
     * account row without its ledger rows or events.
     */
    <L, R> Either<L, R> write(Sql<Either<L, R>> work) {
        Connection open = current.get();
        return open != null ? atomically(work, open) : outermost(() -> run(work, current.get()));
    }

    private static <L, R> Either<L, R> atomically(Sql<Either<L, R>> work, Connection connection) {
        Savepoint savepoint = run(Connection::setSavepoint, connection);
        boolean keep = false;
        try {
            Either<L, R> result = run(work, connection);
            keep = result.isRight();
            return result;
        } finally {
            endSavepoint(connection, savepoint, keep);
        }
    }

    /** Releases the savepoint, keeping what was done after it, or rolls back to it. */
    private static void endSavepoint(Connection connection, Savepoint savepoint, boolean keep) {
        run(c -> {
            if (keep) {
                c.releaseSavepoint(savepoint);
            } else {
                c.rollback(savepoint);
            }
            return null;
        }, connection);
    }

    /**
     * Runs {@code work} on a connection of its own, outside the thread's transaction, and commits it at once: what it
     * writes stays whatever the thread's transaction does later (the audit trail: an access that happened stays
     * recorded when the host rolls its transaction back). It takes a second connection from the data source while
     * the thread holds one, so a pool needs one connection more than the transactions it runs at a time.
     */
    <T> T independently(Sql<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
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
            endSavepoint(connection, savepoint, result != null && result.isRight());
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
