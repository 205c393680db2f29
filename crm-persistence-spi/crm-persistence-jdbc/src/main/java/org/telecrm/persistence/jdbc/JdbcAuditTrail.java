package org.telecrm.persistence.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.persistence.audit.AuditAction;
import org.telecrm.persistence.audit.AuditRecord;
import org.telecrm.persistence.audit.AuditTrail;
import org.telecrm.privacy.access.DataTier;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;

/**
 * The audit trail in {@code crm_audit}, a row per record in the order written. Each record is written and committed
 * on a connection of its own, outside the thread's transaction: an access that happened stays recorded when the
 * host's transaction rolls back or fails (PIPL art. 51, 54: the record is of the access, not of the host's outcome).
 * So a pool serving a transaction that reads through {@code ScopedCustomers} needs a second connection free.
 */
final class JdbcAuditTrail implements AuditTrail {

    private final Connections connections;

    JdbcAuditTrail(Connections connections) {
        this.connections = connections;
    }

    @Override
    public void record(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        connections.independently(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO crm_audit (at, who, action, target, tier,"
                    + " why, refused) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, record.at().toString());
                insert.setString(2, record.who());
                insert.setString(3, record.action().name());
                insert.setString(4, record.target());
                insert.setString(5, record.tier().name());
                insert.setString(6, record.why());
                insert.setString(7, record.refused().getOrNull());
                insert.executeUpdate();
            }
            return true;
        });
    }

    @Override
    public Seq<AuditRecord> about(String target) {
        Objects.requireNonNull(target, "target");
        return connections.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT at, who, action, target, tier, why, refused"
                    + " FROM crm_audit WHERE target = ? ORDER BY position")) {
                select.setString(1, target);
                List<AuditRecord> records = List.empty();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        records = records.prepend(new AuditRecord(Instant.parse(row.getString(1)), row.getString(2),
                                AuditAction.valueOf(row.getString(3)), row.getString(4),
                                DataTier.valueOf(row.getString(5)), row.getString(6),
                                Option.of(row.getString(7))));
                    }
                }
                return records.reverse();
            }
        });
    }
}
