package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccessScopingContract;

/** The JDBC adapter passes the kit's access scoping and audit on POSTGRESQL, its audit trail in crm_audit. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlAccessScopingTest extends AccessScopingContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.customers(), storage.accounts(), storage.slaContracts(), storage.serviceOrders(),
                storage.auditTrail(), storage.transactions(),
                TestDatabase.POSTGRESQL::rawRows);
    }
}
