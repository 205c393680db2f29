package org.telecrm.examples.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

import javax.sql.DataSource;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The raw JDBC baseline of the storage benchmark: the very rows the adapter wrote for some service orders (the order's
 * row and its outbox rows), captured once, then inserted again with plain prepared statements, one transaction per
 * order, and selected by id. It knows no domain, JSON, version check or lock: what is left when those are taken
 * away.
 */
final class RawRows {

    /** One stored row: the columns and values to insert again. */
    private record Row(String table, List<String> columns, List<Object> values) {

        String insert() {
            return "INSERT INTO " + table + " (" + columns.mkString(", ") + ") VALUES ("
                    + List.fill(columns.size(), "?").mkString(", ") + ")";
        }
    }

    /** An order's rows: its own, then its outbox messages in order. */
    private record Order(Row order, Seq<Row> outbox) {
    }

    private static final String SELECT = "SELECT id, version, written, lineage, state FROM crm_service_order"
            + " WHERE id = ?";

    private final Seq<Order> orders;

    private RawRows(Seq<Order> orders) {
        this.orders = orders;
    }

    /** The rows stored now for these order ids (the outbox's own numbering left for the database to give). */
    static RawRows capture(DataSource dataSource, Seq<String> ids) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Order> orders = List.empty();
            for (String id : ids) {
                Seq<Row> order = rows(c, "crm_service_order", "SELECT * FROM crm_service_order WHERE id = ?", id);
                Seq<Row> outbox = rows(c, "crm_outbox", "SELECT * FROM crm_outbox WHERE aggregate_type ="
                        + " 'service-order' AND aggregate_id = ? ORDER BY position", id);
                orders = orders.prepend(new Order(order.single(), outbox));
            }
            return new RawRows(orders.reverse());
        }
    }

    private static Seq<Row> rows(Connection c, String table, String sql, String id) throws SQLException {
        List<Row> rows = List.empty();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    List<String> columns = List.empty();
                    List<Object> values = List.empty();
                    for (int i = meta.getColumnCount(); i >= 1; i--) {
                        String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        if (!column.equals("position")) {
                            Object value = result.getObject(i);
                            columns = columns.prepend(column);
                            values = values.prepend(value instanceof Clob ? result.getString(i) : value);
                        }
                    }
                    rows = rows.prepend(new Row(table, columns, values));
                }
            }
        }
        return rows.reverse();
    }

    /** Inserts every captured order's rows, a transaction per order, as the adapter's saves do. */
    long insertAll(DataSource dataSource) throws SQLException {
        long rows = 0;
        for (Order order : orders) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                rows += insert(c, List.of(order.order()));
                rows += insert(c, order.outbox());
                c.commit();
            }
        }
        return rows;
    }

    private static int insert(Connection c, Seq<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = c.prepareStatement(rows.head().insert())) {
            for (Row row : rows) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                if (rows.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (rows.size() > 1) {
                insert.executeBatch();
            }
        }
        return rows.size();
    }

    /** Selects each of these orders' row by id and reads its columns as text: a load without the reading back. */
    static long selectAll(DataSource dataSource, Seq<String> ids) throws SQLException {
        long characters = 0;
        for (String id : ids) {
            try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(SELECT)) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    characters += row.getString(1).length() + row.getLong(2) + row.getString(3).length()
                            + row.getString(4).length() + row.getString(5).length();
                }
            }
        }
        return characters;
    }
}
