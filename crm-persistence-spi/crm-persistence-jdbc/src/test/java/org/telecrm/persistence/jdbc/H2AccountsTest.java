package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccountsContract;

/** The JDBC adapter passes the accounts contract of the kit on H2 in memory. */
class H2AccountsTest extends AccountsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.accounts(), storage.transactions(), storage.outbox());
    }
}
