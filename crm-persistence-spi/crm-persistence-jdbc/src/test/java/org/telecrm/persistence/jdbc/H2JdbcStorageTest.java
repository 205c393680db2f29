package org.telecrm.persistence.jdbc;

/** The JDBC adapter's own behaviour on H2 in memory. */
class H2JdbcStorageTest extends JdbcStorageBehaviour {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
