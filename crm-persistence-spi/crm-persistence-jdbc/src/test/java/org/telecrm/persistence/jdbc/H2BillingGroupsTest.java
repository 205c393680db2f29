package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.BillingGroupsContract;

/** The JDBC adapter passes the billing groups contract of the kit on H2. */
class H2BillingGroupsTest extends BillingGroupsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.billingGroups(), storage.outbox());
    }
}
