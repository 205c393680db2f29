package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.StorageContract;

/** The JDBC adapter passes the whole-store contract of the kit (several ports in one transaction) on H2 in memory. */
class H2StorageTest extends StorageContract {

    private final FaultyWrites faults = new FaultyWrites();

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied(faults);
        return new Ports(storage.accounts(), storage.customers(), storage.slaContracts(), storage.serviceOrders(),
                storage.transactions(), storage.outbox());
    }

    @Override
    protected WriteFaults writeFaults() {
        return faults;
    }
}
