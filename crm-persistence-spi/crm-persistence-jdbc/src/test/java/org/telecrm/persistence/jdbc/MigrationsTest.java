package org.telecrm.persistence.jdbc;

import io.vavr.control.Option;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.telecrm.account.Account;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountTerms;
import org.telecrm.customer.CustomerId;
import org.telecrm.money.Money;
import org.telecrm.persistence.Versioned;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema comes from versioned migrations that live beside the host's own tables and history. */
class MigrationsTest {

    private static int databases;

    private static JdbcDataSource emptyH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + (++databases) + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static long count(JdbcDataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void migrating_twice_changes_nothing_the_second_time_and_keeps_what_is_stored() throws SQLException {
        JdbcDataSource h2 = emptyH2();
        JdbcStorage first = JdbcStorage.migrate(h2, TestDatabase.KEYS);
        first.accounts().save(Account.open(AccountId.of("A-1"), CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ZERO), Instant.parse("2026-07-01T00:00:00Z")).get(), Versioned.NEW);
        JdbcStorage second = JdbcStorage.migrate(h2, TestDatabase.KEYS);
        assertEquals(1, second.accounts().load(AccountId.of("A-1")).get().version());
        assertEquals(1, count(h2, "SELECT COUNT(*) FROM \"crm_schema_history\" WHERE \"version\" = '1' AND \"success\""));
    }

    @Test
    void the_crm_tables_join_a_schema_that_already_holds_the_hosts_tables() throws SQLException {
        JdbcDataSource h2 = emptyH2();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE billing_run (id BIGINT PRIMARY KEY)");
            s.executeUpdate("INSERT INTO billing_run VALUES (7)");
        }
        JdbcStorage.migrate(h2, TestDatabase.KEYS);
        assertEquals(1, count(h2, "SELECT COUNT(*) FROM billing_run"));
        assertEquals(0, count(h2, "SELECT COUNT(*) FROM crm_account"));
    }

    @Test
    void the_database_is_named_by_the_driver() {
        assertEquals(Database.H2, JdbcStorage.databaseOf(emptyH2()));
        assertEquals(Option.some(Database.POSTGRESQL), Database.ofProductName("PostgreSQL"));
        assertEquals(Option.some(Database.MARIADB), Database.ofProductName("MariaDB"));
        assertEquals(Option.some(Database.MARIADB), Database.ofProductName("MySQL"));
        assertEquals(Option.none(), Database.ofProductName("Oracle"));
        assertTrue(Database.POSTGRESQL.migrations().endsWith("db/crm/postgresql"));
    }
}
