package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.SlaContractsContract;

/**
 * The JDBC adapter passes the SLA contracts contract of the kit on the machine's PostgreSQL (skipped, or failed when
 * required, if it cannot be reached).
 */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlSlaContractsTest extends SlaContractsContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.slaContracts(), storage.transactions(), storage.outbox());
    }
}
