package org.telecrm.examples.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbMonthEndTest extends MonthEndOnDatabaseBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
