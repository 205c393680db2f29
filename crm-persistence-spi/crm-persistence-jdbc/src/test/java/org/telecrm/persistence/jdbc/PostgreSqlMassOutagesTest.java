package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.MassOutagesContract;

/** The JDBC adapter passes the mass outages contract of the kit on POSTGRESQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlMassOutagesTest extends MassOutagesContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.POSTGRESQL.emptied();
        return new Ports(storage.massOutages(), storage.outbox());
    }
}
