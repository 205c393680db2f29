package org.telecrm.account.group;

import io.vavr.collection.Seq;
import org.telecrm.account.AccountId;

import java.time.Instant;

/**
 * Why a command on a billing group was refused; {@link #message()} says what and where. A refused command changes
 * nothing.
 *
 * <pre>{@code
 * group.cover(group.headquarters(), at).getLeft().message();
 * // "group G-1: the headquarters' account A-HQ pays for the group and cannot be one of its branches"
 * }</pre>
 */
public sealed interface BillingGroupRejection {

    /** A sentence that says what is wrong and where. */
    String message();

    /** The headquarters' account cannot be a branch of its own group. */
    record HeadquartersIsNoBranch(BillingGroupId group, AccountId headquarters) implements BillingGroupRejection {
        public String message() {
            return "group " + group + ": the headquarters' account " + headquarters
                    + " pays for the group and cannot be one of its branches";
        }
    }

    /** An instant earlier than the group's latest change: time only moves forward. */
    record OutOfOrder(String field, Instant was, Instant notBefore) implements BillingGroupRejection {
        public String message() {
            return field + " must not be before " + notBefore + " (the group's latest change), was " + was;
        }
    }

    /**
     * The balances given for an allocation are not those of the group's accounts: some missing, some of accounts the
     * group does not pay for.
     */
    record BalancesDoNotMatch(BillingGroupId group, Seq<AccountId> missing, Seq<AccountId> foreign)
            implements BillingGroupRejection {
        public String message() {
            return "group " + group + ": the balances must be those of its accounts; missing " + missing.mkString(", ")
                    + (foreign.isEmpty() ? "" : "; not in the group " + foreign.mkString(", "));
        }
    }

    /** The payment to allocate is not positive. */
    record NotPositive(String field, String was) implements BillingGroupRejection {
        public String message() {
            return field + " must be positive, was " + was;
        }
    }
}
