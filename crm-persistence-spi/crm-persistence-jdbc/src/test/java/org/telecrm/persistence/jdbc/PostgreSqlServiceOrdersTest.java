package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.ServiceOrdersContract;

/**
 * The JDBC adapter passes the service orders contract of the kit on the machine's PostgreSQL (skipped, or failed
 * when required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlServiceOrdersTest extends ServiceOrdersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.serviceOrders(), storage.transactions(), storage.outbox());
    }
}
