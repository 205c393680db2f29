package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.BillingGroupsContract;

/** The JDBC adapter passes the billing groups contract of the kit on POSTGRESQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlBillingGroupsTest extends BillingGroupsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.billingGroups(), storage.outbox());
    }
}
