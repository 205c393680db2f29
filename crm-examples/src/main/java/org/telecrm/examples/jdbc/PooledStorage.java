package org.telecrm.examples.jdbc;

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

    private PooledStorage(HikariDataSource pool, JdbcStorage storage) {
        this.pool = pool;
        this.storage = storage;
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
            return new PooledStorage(pool, JdbcStorage.migrate(pool, keys));
        } catch (RuntimeException failed) {
            pool.close();
            throw failed;
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
