package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccessScopingContract;

/** The JDBC adapter passes the kit's access scoping and audit on MARIADB, its audit trail in crm_audit. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbAccessScopingTest extends AccessScopingContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.customers(), storage.accounts(), storage.slaContracts(), storage.serviceOrders(),
                storage.auditTrail(), storage.transactions(),
                TestDatabase.MARIADB::rawRows);
    }
}
