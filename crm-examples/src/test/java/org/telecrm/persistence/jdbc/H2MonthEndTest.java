package org.telecrm.persistence.jdbc;

class H2MonthEndTest extends MonthEndOnDatabaseBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
