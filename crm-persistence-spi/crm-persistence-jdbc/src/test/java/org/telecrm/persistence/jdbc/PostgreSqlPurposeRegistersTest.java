package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.PurposeRegistersContract;

/** The JDBC adapter passes the purpose registers contract of the kit on POSTGRESQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlPurposeRegistersTest extends PurposeRegistersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.purposeRegisters(), storage.outbox());
    }
}
