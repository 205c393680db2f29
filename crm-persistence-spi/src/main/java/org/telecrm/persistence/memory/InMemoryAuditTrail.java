package org.telecrm.persistence.memory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.persistence.audit.AuditRecord;
import org.telecrm.persistence.audit.AuditTrail;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The audit trail in memory, thread-safe, gone with the JVM: the embedded default's. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final AtomicReference<List<AuditRecord>> records = new AtomicReference<>(List.empty());

    @Override
    public void record(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        records.updateAndGet(all -> all.prepend(record));
    }

    @Override
    public Seq<AuditRecord> about(String target) {
        Objects.requireNonNull(target, "target");
        return records.get().filter(r -> r.target().equals(target)).reverse();
    }
}
