package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.BillingGroupsContract;

/** The JDBC adapter passes the billing groups contract of the kit on MARIADB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbBillingGroupsTest extends BillingGroupsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.billingGroups(), storage.outbox());
    }
}
