package org.telecrm.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Try;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataKeys;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the adapter's tests run on: H2 in memory, always; the machine's PostgreSQL and MariaDB when they
 * can be reached. Each is connected and migrated once per test JVM.
 *
 * <p>A server that cannot be reached is a <b>failure</b> when the build says the databases are required
 * ({@code -Dcrm.databases=required}, which {@code .ci/run} passes) and otherwise makes its tests <b>skipped</b>, with a
 * banner on stderr and the reason in the test report: never a silent pass. Where to connect: {@link ConnectionSettings}.
 *
 * <p>On a server, each test JVM works in a schema (PostgreSQL) or database (MariaDB) of its own, {@link #ISOLATED},
 * created on first use and dropped when the JVM exits: two builds against one server (two checkouts, a developer's
 * and CI's) never drop or empty each other's tables.
 */
enum TestDatabase {

    H2("H2", Database.H2),
    POSTGRESQL("PostgreSQL", Database.POSTGRESQL),
    MARIADB("MariaDB", Database.MARIADB);

    /** The system property that makes an unreachable server a failure rather than skipped tests. */
    static final String REQUIRED = "crm.databases";

    /** Every table of the adapter's schema. */
    private static final List<String> TABLES = List.of("crm_customer_document", "crm_billing_group", "crm_mass_outage", "crm_purpose_register", "crm_audit", "crm_outbox", "crm_service_order", "crm_sla_contract",
            "crm_customer", "crm_account_entry", "crm_account");

    private final String title;
    private final Database database;
    private Either<String, Connected> connected;

    private record Connected(DataSource dataSource, JdbcStorage storage) {
    }

    TestDatabase(String title, Database database) {
        this.title = title;
        this.database = database;
    }

    String title() {
        return title;
    }

    /** The schema (PostgreSQL) or database (MariaDB) of this test JVM's tables on a server. */
    static final String ISOLATED = "crm_test_" + ProcessHandle.current().pid();

    /** Where this JVM's tests connect: the machine's settings, in this JVM's own schema or database on a server. */
    ConnectionSettings settings() {
        ConnectionSettings server = ConnectionSettings.of(database);
        String url = server.url();
        return switch (this) {
            case H2 -> server;
            case POSTGRESQL -> new ConnectionSettings(database, url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=" + ISOLATED, server.user(), server.password());
            case MARIADB -> new ConnectionSettings(database, url.replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*",
                    "$1" + ISOLATED), server.user(), server.password());
        };
    }

    String url() {
        return settings().url();
    }

    /** Whether this database's tests must run (H2 always can; a server when the build requires the databases). */
    boolean required() {
        return this == H2 || "required".equals(System.getProperty(REQUIRED));
    }

    /** Why this database cannot be used here; none when it can. */
    synchronized io.vavr.control.Option<String> unavailable() {
        return connect().swap().toOption();
    }

    /** The keys the tests' storage seals personal data with: generated for this test JVM. */
    static final PersonalDataKeys KEYS = PersonalDataKeys.generated(KeyId.of("test"), new SecureRandom());

    /** The migrated storage with every crm_ table emptied: what a contract test starts from. */
    JdbcStorage emptied() {
        Connected c = connectedOrNotRun();
        try (Connection connection = c.dataSource().getConnection(); Statement delete = connection.createStatement()) {
            for (String table : TABLES) {
                delete.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the crm_ tables on " + title, e);
        }
        return c.storage();
    }

    /** The migrated storage with every crm_ table emptied, its writes failing as {@code faults} is armed. */
    JdbcStorage emptied(FaultyWrites faults) {
        emptied();
        return JdbcStorage.over(faults.over(dataSource()), KEYS);
    }

    /** The migrated storage with every crm_ table emptied, sealing personal data with {@code keys}. */
    JdbcStorage emptied(PersonalDataKeys keys) {
        emptied();
        return JdbcStorage.over(dataSource(), keys);
    }

    /**
     * Every value of every row of every crm_ table, as the database returns it, one row a line: what a dump, a backup
     * or a look at the tables shows.
     */
    String rawRows() {
        StringBuilder out = new StringBuilder();
        try (Connection connection = dataSource().getConnection(); Statement select = connection.createStatement()) {
            for (String table : TABLES) {
                try (java.sql.ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        out.append(table);
                        for (int i = 1; i <= columns; i++) {
                            out.append(' ').append(rows.getString(i));
                        }
                        out.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the crm_ tables on " + title, e);
        }
        return out.toString();
    }

    /** The pooled data source of this database (migrated). */
    DataSource dataSource() {
        return connectedOrNotRun().dataSource();
    }

    private Connected connectedOrNotRun() {
        Either<String, Connected> c = connect();
        if (c.isLeft()) {
            if (required()) {
                throw new AssertionFailedError(notRun(c.getLeft()));
            }
            throw new TestAbortedException(notRun(c.getLeft()));
        }
        return c.get();
    }

    private String notRun(String reason) {
        return required()
                ? title + " is required here (-D" + REQUIRED + "=required) but " + reason
                : title + " tests did not run: " + reason;
    }

    private synchronized Either<String, Connected> connect() {
        if (connected == null) {
            connected = Try.of(this::pool)
                    .toEither()
                    .mapLeft(Throwable::getMessage)   // "cannot connect to <url>: <why>"
                    .flatMap(pool -> Try.of(() -> new Connected(pool, migratedFromScratch(pool))).toEither()
                            .mapLeft(e -> "cannot migrate " + url() + ": " + e.getMessage()));
            connected.swap().forEach(reason -> System.err.printf("%n*** %s ***%n%n", notRun(reason)));
        }
        return connected;
    }

    /**
     * The storage over a schema the migrations have just created: the crm_ tables a previous run left (perhaps of a
     * migration since changed) are dropped first, so every run proves the migrations from an empty schema.
     */
    private static JdbcStorage migratedFromScratch(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
            drop.executeUpdate("DROP TABLE IF EXISTS " + TABLES.append(JdbcStorage.HISTORY_TABLE).mkString(", "));
        }
        return JdbcStorage.migrate(dataSource, KEYS);
    }

    private HikariDataSource pool() throws SQLException {
        if (this != H2) {
            isolate();
        }
        // the kit's 8 concurrent writers, and a reader
        return settings().pool("crm-" + name().toLowerCase(java.util.Locale.ROOT), 10);
    }

    /** Creates this JVM's schema or database on the server, and drops it with everything in it when the JVM exits. */
    private void isolate() throws SQLException {
        ConnectionSettings server = ConnectionSettings.of(database);
        String create = this == POSTGRESQL ? "CREATE SCHEMA IF NOT EXISTS " + ISOLATED
                : "CREATE DATABASE IF NOT EXISTS " + ISOLATED;
        String drop = this == POSTGRESQL ? "DROP SCHEMA IF EXISTS " + ISOLATED + " CASCADE"
                : "DROP DATABASE IF EXISTS " + ISOLATED;
        try (Connection c = java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.executeUpdate(create);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + server.url() + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = java.sql.DriverManager.getConnection(server.url(), server.user(), server.password());
                 Statement s = c.createStatement()) {
                s.executeUpdate(drop);
            } catch (SQLException e) {
                System.err.println("could not drop " + ISOLATED + " on " + title + ": " + e.getMessage());
            }
        }, "drop " + ISOLATED));
    }
}
