package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.PersonalDataContract;

/**
 * The JDBC adapter passes the kit's protection of personal data on POSTGRESQL: every column of every row of every crm_
 * table is scanned raw.
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlPersonalDataTest extends PersonalDataContract {

    @Override
    protected Ports emptyStore(PersonalDataKeys keys) {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied(keys);
        return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(), TestDatabase.POSTGRESQL::rawRows);
    }
}
