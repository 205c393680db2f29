package org.telecrm.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.telecrm.persistence.protection.PersonalDataKeys;

/**
 * A {@link JdbcStorage} over a small connection pool of its own, for a command that opens a store by its JDBC URL
 * and closes it when done ({@code crm month-end --store}). Opening connects at once and migrates the crm_ tables.
 *
 * <pre>{@code
 * try (PooledStorage store = PooledStorage.open("jdbc:h2:file:./crm-data/crm", "sa", "", 2, keys)) {
 *     store.storage().accounts().load(AccountId.of("A-1"));
 * }
 * }</pre>
 */
public final class PooledStorage implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcStorage storage;
    private final Database database;

    private PooledStorage(HikariDataSource pool, JdbcStorage storage, Database database) {
        this.pool = pool;
        this.storage = storage;
        this.database = database;
    }

    /**
     * Connects to {@code url} with at most {@code connections} connections and migrates the crm_ tables, personal
     * data sealed with {@code keys}; a {@link org.telecrm.persistence.StorageFailure} naming the URL when the database
     * cannot be reached.
     */
    public static PooledStorage open(String url, String user, String password, int connections,
                                     PersonalDataKeys keys) {
        Database database = Database.ofProductName(url.startsWith("jdbc:") ? url.substring(5) : url).getOrElse(Database.H2);
        HikariDataSource pool = new ConnectionSettings(database, url, user, password).pool("crm-store", connections);
        try {
            return new PooledStorage(pool, JdbcStorage.migrate(pool, keys), database);
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
        }
    }

    /**
     * Writes every commit made so far to the database's files now. An embedded H2 database writes its commits in the
     * background (within half a second, keeping its file compact as it goes); a command that wants a point it can
     * resume from, whatever happens next, calls this ({@code CHECKPOINT}). A database server writes its commits
     * before they return, so for one this does nothing.
     */
    public void flush() {
        if (database != Database.H2) {
            return;
        }
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (java.sql.SQLException failed) {
            throw new org.telecrm.persistence.StorageFailure("could not write the embedded store's commits to disk: "
                    + failed.getMessage(), failed);
        }
    }

    public JdbcStorage storage() {
        return storage;
    }

    @Override
    public void close() {
        pool.close();
    }
}
