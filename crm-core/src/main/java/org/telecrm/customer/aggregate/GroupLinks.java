package org.telecrm.customer.aggregate;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.RestoreCheck;

/**
 * The rules of a key account's {@link GroupStructure}: two levels only (a branch has no branches, a headquarters
 * belongs to no other), never its own headquarters or branch, and a headquarters left without branches is
 * independent. Each change answers the new structure, none when the change already holds, or why not.
 */
final class GroupLinks {

    private GroupLinks() {
    }

    static SortedSet<CustomerId> branches(GroupStructure structure) {
        return structure instanceof GroupStructure.Headquarters hq ? hq.branches() : TreeSet.empty();
    }

    /** {@code self} with {@code branch} added, which makes it (or keeps it) a headquarters. */
    static Either<CustomerRejection, Option<GroupStructure>> addBranch(CustomerId self, GroupStructure structure,
                                                                       CustomerId branch) {
        if (branch.equals(self)) {
            return Either.left(new CustomerRejection.SelfReference(self));
        }
        if (structure instanceof GroupStructure.Branch) {
            return Either.left(new CustomerRejection.TwoLevelsOnly(self, structure));
        }
        if (branches(structure).contains(branch)) {
            return Either.right(Option.none());
        }
        return Either.right(Option.some(new GroupStructure.Headquarters(branches(structure).add(branch))));
    }

    /** Without {@code branch}; a headquarters left without branches becomes independent. */
    static Option<GroupStructure> removeBranch(GroupStructure structure, CustomerId branch) {
        if (!branches(structure).contains(branch)) {
            return Option.none();
        }
        SortedSet<CustomerId> rest = branches(structure).remove(branch);
        return Option.some(rest.isEmpty() ? GroupStructure.INDEPENDENT : new GroupStructure.Headquarters(rest));
    }

    /** {@code self} as a branch of {@code headquarters} (moved, if it was another's). */
    static Either<CustomerRejection, Option<GroupStructure>> joinHeadquarters(CustomerId self,
                                                                              GroupStructure structure,
                                                                              CustomerId headquarters) {
        if (headquarters.equals(self)) {
            return Either.left(new CustomerRejection.SelfReference(self));
        }
        if (structure instanceof GroupStructure.Headquarters) {
            return Either.left(new CustomerRejection.TwoLevelsOnly(self, structure));
        }
        if (structure instanceof GroupStructure.Branch b && b.headquarters().equals(headquarters)) {
            return Either.right(Option.none());
        }
        return Either.right(Option.some(new GroupStructure.Branch(headquarters)));
    }

    /** A branch made independent; none when it is not a branch. */
    static Option<GroupStructure> leaveHeadquarters(GroupStructure structure) {
        return structure instanceof GroupStructure.Branch ? Option.some(GroupStructure.INDEPENDENT) : Option.none();
    }

    /** Reports a structure that names {@code self} as its own headquarters or branch. */
    static void check(CustomerId self, GroupStructure structure, RestoreCheck check) {
        check.when(structure instanceof GroupStructure.Branch b && b.headquarters().equals(self)
                        || branches(structure).contains(self),
                "structure", () -> "a customer cannot be its own headquarters or branch");
    }
}
