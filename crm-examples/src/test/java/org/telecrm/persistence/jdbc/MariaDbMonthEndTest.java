package org.telecrm.persistence.jdbc;

@OnDatabase(TestDatabase.MARIADB)
class MariaDbMonthEndTest extends MonthEndOnDatabaseBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
