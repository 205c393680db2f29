package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.ServiceOrdersContract;

/**
 * The JDBC adapter passes the service orders contract of the kit on the machine's MariaDB (skipped, or failed when
 * required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbServiceOrdersTest extends ServiceOrdersContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.serviceOrders(), storage.transactions(), storage.outbox());
    }
}
