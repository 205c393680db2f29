package org.telecrm.customer.aggregate;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.customer.CustomerGroup;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreCheck;

import java.time.Instant;

/**
 * The invariants of a {@link Customer} (listed in its class comment), each broken one a {@link FieldProblem} at its
 * field: what {@link Customer#restore} refuses and what no command may produce. The parts check their own rules
 * ({@link Contacts}, {@link ManagerHistory}, {@link GroupLinks}); this adds the rules across them.
 */
final class CustomerInvariants {

    private CustomerInvariants() {
    }

    /** What an active key account lacks of its grade, account manager and primary contact, in that order. */
    static Seq<KeyAccountRequirement> missingForActivity(Customer customer) {
        return List.of(KeyAccountRequirement.values()).filter(r -> switch (r) {
            case GRADE -> customer.grade().isEmpty();
            case ACCOUNT_MANAGER -> customer.currentManager().isEmpty();
            case PRIMARY_CONTACT -> customer.primaryContact().isEmpty();
        });
    }

    static Seq<FieldProblem> violations(Customer c) {
        RestoreCheck v = RestoreCheck.of("customer", c.getId().value());
        v.when(c.name().isBlank(), "name", () -> "must not be blank");
        v.when(!Registration.fits(c.group(), c.document()), "document",
                () -> "a " + c.group() + " customer cannot be identified by a " + c.document().kind());
        if (c.isActiveKeyAccount()) {
            Seq<KeyAccountRequirement> missing = missingForActivity(c);
            v.when(!missing.isEmpty(), "lifecycle", () -> "an active key account lacks "
                    + missing.map(KeyAccountRequirement::description).mkString(", "));
        }
        c.contactBook().check(v);
        v.when(c.group() != CustomerGroup.KEY_ACCOUNT && (c.grade().isDefined() || c.managerAssignments().nonEmpty()
                        || c.file().nonEmpty() || !(c.structure() instanceof GroupStructure.Independent)), "group",
                () -> "only a key account has a grade, account managers, a group structure or a file");
        GroupLinks.check(c.getId(), c.structure(), v);
        c.managerHistory().check(v);
        c.keyAccountFile().check(v);
        MasterDataHistory.check(v, c.masterData(), c.masterDataHistory(), c.registeredAt());
        Seq<Instant> recorded = List.of(c.lifecycle().since())
                .appendAll(c.grade().map(GradeRecord::assessedAt))
                .appendAll(c.managerAssignments().map(ManagerAssignment::from))
                .appendAll(c.file().map(FileEntry::recordedAt))
                .appendAll(c.churnWarning().map(RaisedChurnWarning::raisedAt));
        v.when(recorded.exists(t -> t.isBefore(c.registeredAt())), "registeredAt",
                () -> "nothing may be dated before the registration at " + c.registeredAt());
        return v.problems();
    }
}
