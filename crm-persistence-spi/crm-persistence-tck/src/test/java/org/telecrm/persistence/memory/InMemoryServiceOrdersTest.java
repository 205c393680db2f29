package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.ServiceOrdersContract;

/** The embedded default passes the service orders contract of the kit. */
class InMemoryServiceOrdersTest extends ServiceOrdersContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.serviceOrders(), storage.transactions(), storage.outbox());
    }
}
