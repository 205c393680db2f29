package org.telecrm.customer.aggregate;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.customer.CustomerId;

import java.util.Objects;

/**
 * Where a key account stands in its group (集团客户): on its own, the headquarters of branches, or a branch of a
 * headquarters. Two levels only: a branch has no branches, a headquarters with branches belongs to no other. The
 * other customers are named by identifier; that the other side records the same link is the host's to keep
 * (each side's change is an event).
 *
 * <p>The headquarters matters for delivery (rules.md section 4: the account manager delivers to a key account's
 * headquarters within 3 working days), so {@link Customer#isHeadquarters()} says whether a key account is served as
 * one: every key account that is not a branch is its own headquarters.
 *
 * <pre>{@code
 * GroupStructure hq = new GroupStructure.Headquarters(TreeSet.of(CustomerId.of("C-2"), CustomerId.of("C-3")));
 * GroupStructure branch = new GroupStructure.Branch(CustomerId.of("C-1"));
 * }</pre>
 */
public sealed interface GroupStructure {

    /** Not part of a group (every customer at registration). */
    @ValueObject
    record Independent() implements GroupStructure {
    }

    /** The headquarters of these branches (at least one). */
    @ValueObject
    record Headquarters(SortedSet<CustomerId> branches) implements GroupStructure {
        public Headquarters {
            Objects.requireNonNull(branches, "branches");
            if (branches.isEmpty()) {
                throw new IllegalArgumentException("a headquarters has at least one branch; without branches it is Independent");
            }
            branches = TreeSet.ofAll(branches);
        }
    }

    /** A branch of this headquarters. */
    @ValueObject
    record Branch(CustomerId headquarters) implements GroupStructure {
        public Branch {
            Objects.requireNonNull(headquarters, "headquarters");
        }
    }

    GroupStructure INDEPENDENT = new Independent();
}
