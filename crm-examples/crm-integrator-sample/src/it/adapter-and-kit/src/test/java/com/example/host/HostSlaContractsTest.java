package com.example.host;

import org.h2.jdbcx.JdbcDataSource;
import org.telecrm.persistence.jdbc.JdbcStorage;
import org.telecrm.persistence.protection.KeyId;
import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.SlaContractsContract;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A host runs one of the kit's contracts against the JDBC adapter on its own H2 database. */
class HostSlaContractsTest extends SlaContractsContract {

    private static final JdbcDataSource DATABASE = new JdbcDataSource();
    private static final JdbcStorage STORAGE;

    static {
        DATABASE.setURL("jdbc:h2:mem:host;DB_CLOSE_DELAY=-1");
        STORAGE = JdbcStorage.migrate(DATABASE, PersonalDataKeys.generated(KeyId.of("host"), new SecureRandom()));
    }

    @Override
    protected Ports emptyStore() {
        try (Connection connection = DATABASE.getConnection(); Statement delete = connection.createStatement()) {
            delete.executeUpdate("DELETE FROM crm_outbox");
            delete.executeUpdate("DELETE FROM crm_sla_contract");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables", e);
        }
        return new Ports(STORAGE.slaContracts(), STORAGE.transactions(), STORAGE.outbox());
    }
}
