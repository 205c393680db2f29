package org.telecrm.persistence.jdbc;

/** The JDBC adapter's own behaviour on the machine's MariaDB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbJdbcStorageTest extends JdbcStorageBehaviour {

    @Override
    protected TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
