package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.tck.MassOutagesContract;

/** The JDBC adapter passes the mass outages contract of the kit on H2. */
class H2MassOutagesTest extends MassOutagesContract {

    @Override
    protected Ports emptyStore() {
        JdbcStorage storage = TestDatabase.H2.emptied();
        return new Ports(storage.massOutages(), storage.outbox());
    }
}
