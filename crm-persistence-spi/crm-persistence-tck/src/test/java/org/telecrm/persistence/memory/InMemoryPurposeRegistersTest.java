package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.PurposeRegistersContract;

/** The embedded default passes the purpose registers contract of the kit. */
class InMemoryPurposeRegistersTest extends PurposeRegistersContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.purposeRegisters(), storage.outbox());
    }
}
