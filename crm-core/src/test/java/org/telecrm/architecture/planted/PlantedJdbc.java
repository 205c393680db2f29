package org.telecrm.architecture.planted;

import java.sql.Connection;
import java.sql.SQLException;

/** A planted violation: domain code talking to a database. */
public final class PlantedJdbc {
    public void save(Connection connection) throws SQLException {
        connection.commit();
    }
}
