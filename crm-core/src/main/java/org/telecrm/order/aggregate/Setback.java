package org.telecrm.order.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.telecrm.order.OrderKind;

/**
 * The moves of a service order against its forward flow (issue 15, item 2), each a command of its own with the
 * reason and who decided, recorded in the audit trail like every move ({@link AuditEntry#setback()} tells them):
 * <ul>
 *   <li>{@link #REWORK}: the work is sent back (completed, delivered or return-visited, to IN_PROGRESS);</li>
 *   <li>{@link #REOPEN}: a closed fault comes back within the reopen window ({@link ReopenWindow}) and is the same
 *       order again, IN_PROGRESS, its clock continuing from the restoration ({@link OpenPeriod});</li>
 *   <li>{@link #REJECT}: the order is refused before work starts (ACCEPTED or DISPATCHED, to REJECTED, final);</li>
 *   <li>{@link #FAIL}: the work cannot be done (DISPATCHED or IN_PROGRESS, to FAILED, final).</li>
 * </ul>
 */
public enum Setback {
    REWORK(List.of(Node.COMPLETED, Node.DELIVERED, Node.RETURN_VISITED), Node.IN_PROGRESS),
    REOPEN(List.of(Node.CLOSED), Node.IN_PROGRESS),
    REJECT(List.of(Node.ACCEPTED, Node.DISPATCHED), Node.REJECTED),
    FAIL(List.of(Node.DISPATCHED, Node.IN_PROGRESS), Node.FAILED);

    private final Seq<Node> from;
    private final Node to;

    Setback(Seq<Node> from, Node to) {
        this.from = from;
        this.to = to;
    }

    /** The nodes it is taken from. */
    public Seq<Node> from() {
        return from;
    }

    /** The node it leads to. */
    public Node to() {
        return to;
    }

    /** Whether an order of {@code kind} may take it: only a fault report is reopened. */
    public boolean allowedFor(OrderKind kind) {
        return this != REOPEN || kind == OrderKind.FAULT_REPORT;
    }

    /** The setback that moves from {@code from} to {@code to}, if any. */
    public static Option<Setback> of(Node from, Node to) {
        return List.of(values()).find(s -> s.from.contains(from) && s.to == to);
    }
}
