package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccessScopingContract;

/** The JDBC adapter passes the kit's access scoping and audit on H2, its audit trail in crm_audit. */
class H2AccessScopingTest extends AccessScopingContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.customers(), storage.accounts(), storage.slaContracts(), storage.serviceOrders(),
                storage.auditTrail(), storage.transactions(), TestDatabase.H2::rawRows);
    }
}
