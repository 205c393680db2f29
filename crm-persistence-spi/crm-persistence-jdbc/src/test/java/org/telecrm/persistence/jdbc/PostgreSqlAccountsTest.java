package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.AccountsContract;

/**
 * The JDBC adapter passes the accounts contract of the kit on the machine's PostgreSQL (skipped, or failed when
 * required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlAccountsTest extends AccountsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.accounts(), storage.transactions(), storage.outbox());
    }
}
