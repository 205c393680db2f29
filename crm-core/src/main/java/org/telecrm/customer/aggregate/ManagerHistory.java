package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.AccountManagerId;
import org.telecrm.customer.CustomerId;
import org.telecrm.customer.StaffId;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A key account's account-manager history (客户经理), with its rules: the lines are in time order, every line but the
 * last is closed, a line starts no earlier than the one before it ended; assigning a manager ends the current line
 * at the same moment; the current manager goes without a successor only while the key account is not active.
 * Immutable: each change gives a new history with the event that announces it. Renders as the current manager.
 */
record ManagerHistory(Seq<ManagerAssignment> lines) {

    static final ManagerHistory NONE = new ManagerHistory(List.empty());

    ManagerHistory {
        lines = List.ofAll(Objects.requireNonNull(lines, "managerAssignments"));
    }

    /** The history as stored; {@link #check} says whether it keeps the rules. */
    static ManagerHistory of(Seq<ManagerAssignment> lines) {
        return new ManagerHistory(lines);
    }

    /** A history that starts with {@code manager}. */
    static ManagerHistory starting(AccountManagerId manager, StaffId by, Instant at) {
        return new ManagerHistory(List.of(ManagerAssignment.starting(manager, at, by)));
    }

    Option<AccountManagerId> current() {
        return lines.lastOption().filter(ManagerAssignment::isCurrent).map(ManagerAssignment::manager);
    }

    /** Reports lines left open before the last, or out of time order. */
    void check(RestoreCheck check) {
        check.when(lines.nonEmpty() && lines.init().exists(ManagerAssignment::isCurrent),
                "managerAssignments", () -> "only the last account-manager assignment may be open");
        check.when(lines.sliding(2).exists(p -> p.size() == 2 && p.get(1).from().isBefore(p.get(0).latest())),
                "managerAssignments", () -> "account-manager assignments must follow one another in time");
    }

    /** Assigns {@code manager}, ending the current line at the same moment. The current manager again: nothing. */
    Either<CustomerRejection, Changed<ManagerHistory, CustomerEvent>> assign(CustomerId owner, AccountManagerId manager,
                                                                             StaffId by, Instant registeredAt,
                                                                             Instant at) {
        Option<AccountManagerId> previous = current();
        if (previous.contains(manager)) {
            return Either.right(Changed.nothing(this));
        }
        Instant latest = lines.lastOption().map(ManagerAssignment::latest).getOrElse(registeredAt);
        if (at.isBefore(latest)) {
            return Either.left(new CustomerRejection.OutOfOrder(owner, "account-manager assignment", latest, at));
        }
        return Either.right(Changed.of(new ManagerHistory(endCurrent(by, at).append(
                        ManagerAssignment.starting(manager, at, by))),
                List.of(new CustomerEvent.ManagerAssigned(owner, previous, manager, by, at))));
    }

    /** Ends the current line with no one taking over; not while {@code active}. No current manager: nothing. */
    Either<CustomerRejection, Changed<ManagerHistory, CustomerEvent>> unassign(CustomerId owner, StaffId by,
                                                                               boolean active, Instant at) {
        Option<AccountManagerId> current = current();
        if (current.isEmpty()) {
            return Either.right(Changed.nothing(this));
        }
        Instant since = lines.last().from();
        if (at.isBefore(since)) {
            return Either.left(new CustomerRejection.OutOfOrder(owner, "account-manager assignment", since, at));
        }
        if (active) {
            return Either.left(new CustomerRejection.KeyAccountIncomplete(owner, "unassign the account manager",
                    List.of(KeyAccountRequirement.ACCOUNT_MANAGER)));
        }
        return Either.right(Changed.of(new ManagerHistory(endCurrent(by, at)),
                List.of(new CustomerEvent.ManagerUnassigned(owner, current.get(), by, at))));
    }

    private Seq<ManagerAssignment> endCurrent(StaffId by, Instant at) {
        return lines.map(a -> a.isCurrent() ? a.endedAt(at, by) : a);
    }

    @Override
    public String toString() {
        return "manager " + current().map(AccountManagerId::value).getOrElse("none");
    }
}
