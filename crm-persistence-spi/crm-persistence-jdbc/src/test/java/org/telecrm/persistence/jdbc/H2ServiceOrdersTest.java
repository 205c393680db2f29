package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.ServiceOrdersContract;

/** The JDBC adapter passes the service orders contract of the kit on H2 in memory. */
class H2ServiceOrdersTest extends ServiceOrdersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.serviceOrders(), storage.transactions(), storage.outbox());
    }
}
