package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.SlaContractsContract;

/** The embedded default passes the SLA contracts contract of the kit. */
class InMemorySlaContractsTest extends SlaContractsContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.slaContracts(), storage.transactions(), storage.outbox());
    }
}
