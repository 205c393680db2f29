package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.MassOutagesContract;

/** The JDBC adapter passes the mass outages contract of the kit on MARIADB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbMassOutagesTest extends MassOutagesContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.MARIADB.emptied();
        return new Ports(storage.massOutages(), storage.outbox());
    }
}
