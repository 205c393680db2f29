package org.telecrm.persistence.jdbc;

/** Customer JSON schema version 1 migrated by a key rotation, on H2. */
class H2ClearSchemaMigrationTest extends ClearSchemaMigrationBehaviour {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
