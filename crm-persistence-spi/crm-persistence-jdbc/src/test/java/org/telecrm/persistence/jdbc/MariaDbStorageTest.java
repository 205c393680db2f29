package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.StorageContract;

/**
 * The JDBC adapter passes the whole-store contract of the kit (several ports in one transaction) on the machine's
 * MariaDB (skipped, or failed when required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbStorageTest extends StorageContract {

    private final FaultyWrites faults = new FaultyWrites();

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied(faults);
        return new Ports(storage.accounts(), storage.customers(), storage.slaContracts(), storage.serviceOrders(),
                storage.transactions(), storage.outbox());
    }

    @Override
    protected WriteFaults writeFaults() {
        return faults;
    }
}
