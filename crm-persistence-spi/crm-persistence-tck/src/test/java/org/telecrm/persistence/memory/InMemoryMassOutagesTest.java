package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.MassOutagesContract;

/** The embedded default passes the mass outages contract of the kit. */
class InMemoryMassOutagesTest extends MassOutagesContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.massOutages(), storage.outbox());
    }
}
