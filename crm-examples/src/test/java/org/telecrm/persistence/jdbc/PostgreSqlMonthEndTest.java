package org.telecrm.persistence.jdbc;

@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlMonthEndTest extends MonthEndOnDatabaseBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
