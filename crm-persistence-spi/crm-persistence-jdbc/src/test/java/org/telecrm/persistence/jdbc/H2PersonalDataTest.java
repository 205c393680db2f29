package org.telecrm.persistence.jdbc;

import org.telecrm.persistence.protection.PersonalDataKeys;
import org.telecrm.persistence.tck.PersonalDataContract;

/**
 * The JDBC adapter passes the kit's protection of personal data on H2: every column of every row of every crm_
 * table is scanned raw.
 */
class H2PersonalDataTest extends PersonalDataContract {

    @Override
    protected Ports emptyStore(PersonalDataKeys keys) {
        JdbcStorage storage = TestDatabase.H2.emptied(keys);
        return new Ports(storage.customers(), storage.accounts(), storage.outbox(), storage.keyRotation(), TestDatabase.H2::rawRows);
    }
}
