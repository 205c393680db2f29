package org.telecrm.persistence.audit;

import io.vavr.collection.Seq;

/**
 * Where the record of accesses to personal data goes: what a host provides (its own audit store) or takes from the
 * library ({@code InMemoryAuditTrail}, the JDBC adapter's {@code crm_audit} table). Append-only.
 *
 * <pre>{@code
 * trail.record(new AuditRecord(at, "city-staff S-1@440300", AuditAction.READ, "customer C-1", DataTier.INDIVIDUAL,
 *         "complaint 2026-117", Option.none()));
 * trail.about("customer C-1");   // [that record]
 * }</pre>
 */
public interface AuditTrail {

    /**
     * Appends a record, kept whatever the host's transaction on this thread does afterwards (commits, rolls back or
     * fails): the access it records happened. An implementation that cannot keep it outside the host's transaction
     * says so, and the host then records the access itself.
     */
    void record(AuditRecord record);

    /** The records about {@code target}, oldest first. */
    Seq<AuditRecord> about(String target);
}
