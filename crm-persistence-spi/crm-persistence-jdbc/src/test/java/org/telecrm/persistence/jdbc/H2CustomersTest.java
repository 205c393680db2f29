package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.CustomersContract;

/** The JDBC adapter passes the customers contract of the kit on H2 in memory. */
class H2CustomersTest extends CustomersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.customers(), storage.transactions(), storage.outbox(), storage.cipher());
    }
}
