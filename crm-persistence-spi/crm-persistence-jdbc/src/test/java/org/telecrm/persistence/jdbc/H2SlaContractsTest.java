package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.SlaContractsContract;

/** The JDBC adapter passes the SLA contracts contract of the kit on H2 in memory. */
class H2SlaContractsTest extends SlaContractsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.slaContracts(), storage.transactions(), storage.outbox());
    }
}
