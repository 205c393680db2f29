package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.persistence.outbox.EventId;
import org.telecrm.persistence.outbox.Outbox;
import org.telecrm.persistence.outbox.OutboxMessage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;

/**
 * The outbox table: one row per event, numbered by the database ({@code position}) as it is inserted, in the
 * transaction of the save that raised it. Delivered rows stay, flagged, so a host can tell what went out; it
 * deletes them when it no longer needs them ({@code DELETE FROM crm_outbox WHERE delivered}).
 *
 * <p>Order: the events of one aggregate come out in the order of its versions (its saves follow one another on the
 * row lock). Events of different aggregates saved by concurrent transactions come out in the order the database
 * numbered them, which can differ from the order the transactions committed in; none is lost, since a relay reads
 * what is not yet delivered rather than what follows a position.
 */
final class JdbcOutbox implements Outbox {

    private static final String INSERT = "INSERT INTO crm_outbox (aggregate_type, aggregate_id, aggregate_version,"
            + " event_index, type, occurred_at, payload, delivered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connections connections;

    JdbcOutbox(Connections connections) {
        this.connections = connections;
    }

    /** Appends a saved change's messages, in the save's transaction. */
    void append(Connection c, Seq<OutboxMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            for (OutboxMessage message : messages) {
                int i = bindId(insert, 1, message.id());
                insert.setString(i++, message.type());
                insert.setString(i++, message.occurredAt().toString());
                insert.setString(i++, message.payload());
                insert.setBoolean(i, false);
                if (messages.size() == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (messages.size() > 1) {
                insert.executeBatch();
            }
        }
    }

    @Override
    public Seq<OutboxMessage> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT aggregate_type, aggregate_id,"
                    + " aggregate_version, event_index, type, occurred_at, payload FROM crm_outbox"
                    + " WHERE delivered = ? ORDER BY position LIMIT ?")) {
                select.setBoolean(1, false);
                select.setInt(2, limit);
                List<OutboxMessage> messages = List.empty();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        messages = messages.prepend(new OutboxMessage(
                                new EventId(row.getString(1), row.getString(2), row.getLong(3), row.getInt(4)),
                                row.getString(5), Instant.parse(row.getString(6)), row.getString(7)));
                    }
                }
                return messages.reverse();
            }
        });
    }

    @Override
    public void markDelivered(Seq<EventId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return;
        }
        connections.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE crm_outbox SET delivered = ?"
                    + " WHERE aggregate_type = ? AND aggregate_id = ? AND aggregate_version = ? AND event_index = ?")) {
                for (EventId id : ids) {
                    update.setBoolean(1, true);
                    bindId(update, 2, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
            return Either.right(ids.size());
        });
    }

    private static int bindId(PreparedStatement statement, int from, EventId id) throws SQLException {
        statement.setString(from, id.aggregateType());
        statement.setString(from + 1, id.aggregateId());
        statement.setLong(from + 2, id.version());
        statement.setInt(from + 3, id.index());
        return from + 4;
    }
}
