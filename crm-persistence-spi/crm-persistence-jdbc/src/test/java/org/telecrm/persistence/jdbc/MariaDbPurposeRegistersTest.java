package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.PurposeRegistersContract;

/** The JDBC adapter passes the purpose registers contract of the kit on MARIADB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbPurposeRegistersTest extends PurposeRegistersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.purposeRegisters(), storage.outbox());
    }
}
