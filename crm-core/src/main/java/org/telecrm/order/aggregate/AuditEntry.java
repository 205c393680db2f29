package org.telecrm.order.aggregate;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.StaffId;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an order's audit trail: who moved it, when, from which node (none for the acceptance) to which, and
 * their note.
 *
 * <pre>{@code
 * order.auditTrail().map(AuditEntry::describe);
 * // "2026-03-02T01:00:00Z S-0755-001: (new) -> ACCEPTED, taken on the hotline"
 * }</pre>
 */
@ValueObject
public record AuditEntry(StaffId who, Instant at, Option<Node> from, Node to, String note) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(note, "note");
    }

    /** The move against the flow this entry records, if it is one (rework, reopen, reject, fail). */
    public Option<Setback> setback() {
        return from.flatMap(f -> Setback.of(f, to));
    }

    public String describe() {
        return at + " " + who + ": " + from.map(Node::name).getOrElse("(new)") + " -> " + to
                + setback().map(s -> " (" + s + ")").getOrElse("") + (note.isBlank() ? "" : ", " + note);
    }
}
