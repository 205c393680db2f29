package org.telecrm.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vavr.control.Try;
import org.telecrm.persistence.StorageFailure;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the examples, tests and benchmarks find a database: an in-memory H2 of their own, or the machine's PostgreSQL
 * ({@code 127.0.0.1:5432}, database {@code test}, user {@code postgres}) and MariaDB ({@code 127.0.0.1:3306},
 * database {@code test}, user {@code root}), each overridable by system properties ({@code crm.postgresql.url},
 * {@code crm.postgresql.user}, {@code crm.postgresql.password}; the same for {@code crm.mariadb} and
 * {@code crm.h2}).
 *
 * <pre>{@code
 * HikariDataSource pool = ConnectionSettings.of(Database.POSTGRESQL).pool("crm", 10);
 * JdbcStorage storage = JdbcStorage.migrate(pool);
 * }</pre>
 *
 * @param database which database
 * @param url      the JDBC URL
 * @param user     the user name
 * @param password the password (empty for the machine's trust authentication)
 */
public record ConnectionSettings(Database database, String url, String user, String password) {

    public ConnectionSettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The settings of {@code database}: the system properties, or the machine's defaults. */
    public static ConnectionSettings of(Database database) {
        String prefix = "crm." + database.name().toLowerCase(Locale.ROOT) + ".";
        String url = switch (database) {
            case H2 -> "jdbc:h2:mem:crm;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=5000";
        };
        String user = switch (database) {
            case H2 -> "sa";
            case POSTGRESQL -> "postgres";
            case MARIADB -> "root";
        };
        return new ConnectionSettings(database, System.getProperty(prefix + "url", url),
                System.getProperty(prefix + "user", user), System.getProperty(prefix + "password", ""));
    }

    /**
     * A pool of at most {@code size} connections, connected at once: it fails with a {@link StorageFailure} naming
     * the URL when the database cannot be reached.
     */
    public HikariDataSource pool(String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);   // fail at once when the server is not there
        config.setPoolName(name);
        // what JdbcStorage asks of every transaction, set once per connection rather than per transaction
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return Try.of(() -> new HikariDataSource(config)).getOrElseThrow(e -> new StorageFailure(
                "cannot connect to " + url + ": " + e.getMessage(), e));
    }
}
