package org.telecrm.persistence.memory;

import org.telecrm.persistence.tck.BillingGroupsContract;

/** The embedded default passes the billing groups contract of the kit. */
class InMemoryBillingGroupsTest extends BillingGroupsContract {

    @Override
    protected Ports emptyStore() {
        InMemoryStorage storage = new InMemoryStorage();
        return new Ports(storage.billingGroups(), storage.outbox());
    }
}
