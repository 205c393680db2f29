package org.telecrm.order.dispatch;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why one work item is dispatched before another: the first key of the dispatch order on which they differ.
 *
 * <pre>{@code
 * policy.explain(a, b).describe();   // "F-1 before C-7: order kind FAULT_REPORT ranks before COMPLAINT"
 * }</pre>
 *
 * @param first   the item dispatched first
 * @param second  the item dispatched after it
 * @param decidedBy the key that decided
 * @param detail  the two values of that key, as shown to a dispatcher
 */
@ValueObject
public record Precedence(WorkItem first, WorkItem second, Key decidedBy, String detail) {

    /** The keys of the dispatch order, in the order they are compared. */
    public enum Key {
        /** The star level's dispatch priority, higher first (no stars: 0). */
        DISPATCH_PRIORITY,
        /** The order kind, per the policy's kind order. */
        ORDER_KIND,
        /** The age, older (received earlier) first. */
        AGE,
        /** The identifier, in text order: the deterministic tiebreak. */
        ID,
        /** The star level itself, more stars first: only items with the same identifier get here. */
        STAR_LEVEL,
        /** The two are the same item. */
        NONE
    }

    public String describe() {
        return first.id() + " before " + second.id() + ": " + detail;
    }
}
