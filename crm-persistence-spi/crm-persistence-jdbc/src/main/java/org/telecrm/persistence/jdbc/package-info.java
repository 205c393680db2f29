/**
 * A JDBC adapter of every storage port ({@link org.telecrm.persistence.jdbc.JdbcStorage}): plain JDBC, no ORM, the
 * schema in versioned Flyway migrations per database ({@code src/main/resources/db/crm/}), each aggregate stored as
 * its JSON (the {@code crm-persistence-spi} mapping) beside the columns its queries look up. It passes the whole
 * contract kit of {@code crm-persistence-spi} on H2, PostgreSQL and MariaDB.
 */
package org.telecrm.persistence.jdbc;
