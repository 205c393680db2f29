package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Locale;

/**
 * The databases the adapter is proven on, each with its own migration scripts (the SQL differs in a few types:
 * large text, auto-numbering, collation).
 */
public enum Database {
    H2("h2"),
    POSTGRESQL("postgresql"),
    MARIADB("mariadb");

    private final String folder;

    Database(String folder) {
        this.folder = folder;
    }

    /**
     * Where this database's migration scripts are on the class path, for a host that runs them with its own Flyway
     * (or reads them into its own tool): {@code classpath:db/crm/postgresql} and so on.
     */
    public String migrations() {
        return "classpath:db/crm/" + folder;
    }

    /**
     * The database a JDBC driver names in {@code DatabaseMetaData.getDatabaseProductName()}; none for another one.
     * MySQL is taken as MariaDB: the scripts use only what both have.
     */
    public static Option<Database> ofProductName(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        return List.of(Database.values()).find(d -> name.contains(d.folder))
                .orElse(() -> name.contains("mysql") ? Option.some(MARIADB) : Option.none());
    }
}
