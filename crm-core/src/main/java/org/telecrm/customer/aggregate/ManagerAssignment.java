package org.telecrm.customer.aggregate;

import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.StaffId;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a key account's account-manager history: who, from when, to when, assigned by whom and ended by whom.
 * The current assignment is the open one ({@code to} empty).
 *
 * <pre>{@code
 * ManagerAssignment a = customer.managerAssignments().last();
 * a.manager();      // AM-0755-017
 * a.isCurrent();    // true until another manager is assigned or the manager is unassigned
 * }</pre>
 *
 * @param manager    the account manager
 * @param from       when the assignment started
 * @param to         when it ended, if it has
 * @param assignedBy who assigned the manager
 * @param endedBy    who ended the assignment (by assigning another manager or unassigning), if it has ended
 */
@ValueObject
public record ManagerAssignment(AccountManagerId manager, Instant from, Option<Instant> to, StaffId assignedBy,
                                Option<StaffId> endedBy) {

    public ManagerAssignment {
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(endedBy, "endedBy");
        if (to.isDefined() != endedBy.isDefined()) {
            throw new IllegalArgumentException("an ended assignment says who ended it, an open one does not");
        }
        if (to.exists(end -> end.isBefore(from))) {
            throw new IllegalArgumentException("an assignment cannot end (" + to.get() + ") before it starts (" + from + ")");
        }
    }

    /** A new, open assignment. */
    public static ManagerAssignment starting(AccountManagerId manager, Instant from, StaffId assignedBy) {
        return new ManagerAssignment(manager, from, Option.none(), assignedBy, Option.none());
    }

    public boolean isCurrent() {
        return to.isEmpty();
    }

    /** This assignment ended at {@code at} by {@code by}. */
    public ManagerAssignment endedAt(Instant at, StaffId by) {
        return new ManagerAssignment(manager, from, Option.some(at), assignedBy, Option.some(by));
    }

    /** The latest moment this line records: its end, or its start while it is open. */
    Instant latest() {
        return to.getOrElse(from);
    }
}
