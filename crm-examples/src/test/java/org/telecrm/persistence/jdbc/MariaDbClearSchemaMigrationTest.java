package org.telecrm.persistence.jdbc;

/** Customer JSON schema version 1 migrated by a key rotation, on MariaDb. */
class MariaDbClearSchemaMigrationTest extends ClearSchemaMigrationBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
