package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccountsContract;

/**
 * The JDBC adapter passes the accounts contract of the kit on the machine's MariaDB (skipped, or failed when
 * required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbAccountsTest extends AccountsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.accounts(), storage.transactions(), storage.outbox());
    }
}
