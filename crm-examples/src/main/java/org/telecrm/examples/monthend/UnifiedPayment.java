package org.telecrm.examples.monthend;

import io.vavr.collection.Seq;
import org.telecrm.account.EntryReference;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A unified payment (统一付费) received for a billing group: what the host's payment feed says the headquarters paid for
 * the group. The month-end's group-billing stage allocates it by the group's rule and posts each share to its account
 * at {@code receivedAt}, each under a reference made from {@code reference}.
 *
 * @param group      the group it pays for
 * @param reference  the payment's reference (the bank's transaction, say)
 * @param amount     how much, positive
 * @param receivedAt when it was received
 */
public record UnifiedPayment(BillingGroupId group, EntryReference reference, Money amount, Instant receivedAt) {

    public UnifiedPayment {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** The unified payments received for each group: the host's feed. */
    @FunctionalInterface
    public interface Feed {

        /** No feed: the group-billing stage allocates nothing (the groups' statements are still reported). */
        Feed NONE = group -> io.vavr.collection.List.empty();

        /** The payments received for {@code group} in the month, in the order to allocate them. */
        Seq<UnifiedPayment> of(BillingGroupId group);
    }
}
