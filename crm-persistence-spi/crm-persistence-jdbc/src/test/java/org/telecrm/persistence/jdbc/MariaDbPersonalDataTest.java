package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.PersonalDataContract;

/**
 * The JDBC adapter passes the kit's protection of personal data on MARIADB: every column of every row of every crm_
 * table is scanned raw.
 */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbPersonalDataTest extends PersonalDataContract {

    @Override
    protected Ports emptyStore(PersonalDataKeys keys) {
        JdbcStorage storage = TestDatabase.MARIADB.emptied(keys);
        return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(), TestDatabase.MARIADB::rawRows);
    }
}
