package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.CustomersContract;

/** The embedded default passes the customers contract of the kit. */
class InMemoryCustomersTest extends CustomersContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.customers(), storage.transactions(), storage.outbox(), storage.cipher());
    }
}
