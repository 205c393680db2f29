package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.PurposeRegistersContract;

/** The JDBC adapter passes the purpose registers contract of the kit on H2. */
class H2PurposeRegistersTest extends PurposeRegistersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.purposeRegisters(), storage.outbox());
    }
}
