package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.CustomersContract;

/**
 * The JDBC adapter passes the customers contract of the kit on the machine's PostgreSQL (skipped, or failed when
 * required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlCustomersTest extends CustomersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.customers(), storage.transactions(), storage.outbox(), storage.cipher());
    }
}
