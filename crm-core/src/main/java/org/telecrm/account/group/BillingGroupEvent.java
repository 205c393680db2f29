package org.telecrm.account.group;

import org.telecrm.account.AccountId;
import org.telecrm.kernel.AggregateEvent;

import java.time.Instant;

/**
 * What happened to a billing group; every accepted change raises one, for the host's outbox.
 *
 * <pre>{@code
 * group.cover(AccountId.of("A-0755-2"), at).get().events();   // [BranchCovered]
 * }</pre>
 */
public sealed interface BillingGroupEvent extends AggregateEvent<BillingGroupId> {

    /** The group it happened to. */
    BillingGroupId group();

    @Override
    default BillingGroupId aggregateId() {
        return group();
    }

    /** A group was formed: the headquarters' account pays for the group, by this rule. */
    record GroupFormed(BillingGroupId group, AccountId headquarters, AllocationRule rule, Instant occurredAt)
            implements BillingGroupEvent {
    }

    /** The headquarters now pays for this branch account. */
    record BranchCovered(BillingGroupId group, AccountId branch, Instant occurredAt) implements BillingGroupEvent {
    }

    /** The headquarters no longer pays for this branch account: the branch pays for itself again. */
    record BranchReleased(BillingGroupId group, AccountId branch, Instant occurredAt) implements BillingGroupEvent {
    }

    /** Unified payments are allocated by another rule from now on. */
    record AllocationRuleChanged(BillingGroupId group, AllocationRule before, AllocationRule after,
                                 Instant occurredAt) implements BillingGroupEvent {
    }
}
