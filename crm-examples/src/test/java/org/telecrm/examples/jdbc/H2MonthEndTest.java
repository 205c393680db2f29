package org.telecrm.examples.jdbc;

class H2MonthEndTest extends MonthEndOnDatabaseBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
