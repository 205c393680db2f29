package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.StorageContract;

/** The embedded default passes the whole-store contract of the kit: every port, the outbox and its transactions. */
class InMemoryStorageContractTest extends StorageContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.accounts(), storage.customers(), storage.slaContracts(), storage.serviceOrders(),
                storage.transactions(), storage.outbox());
    }

    /** A save computes the next snapshot and publishes it whole: no write can fail after another. */
    @Override
    protected WriteFaults writeFaults() {
        return WriteFaults.none();
    }
}
