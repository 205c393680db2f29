package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.AccessScopingContract;

/** The embedded default passes the kit's access scoping and audit. */
class InMemoryAccessScopingTest extends AccessScopingContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.customers(), storage.accounts(), storage.slaContracts(), storage.serviceOrders(),
                storage.auditTrail(), storage.transactions(),
                storage::heldAsText);
    }
}
