package org.telecrm.persistence.jdbc;

/** The JDBC adapter's own behaviour on the machine's PostgreSQL. */
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgreSqlJdbcStorageTest extends JdbcStorageBehaviour {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
