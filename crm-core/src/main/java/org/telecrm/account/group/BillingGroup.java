package org.telecrm.account.group;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.jmolecules.ddd.types.AggregateRoot;
import org.telecrm.account.AccountId;
import org.telecrm.account.EntryReference;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A billing group (集团统一付费): a headquarters' account that pays for chosen branch accounts, referenced by
 * identifier, with the named {@link AllocationRule} its unified payments are shared by. The accounts themselves
 * stay as they are, each with its own ledger, dunning and re-opening: a unified payment is allocated by the pure
 * {@link GroupAllocation} and posted to each account as a payment of its share ({@link #postings}), so a branch in
 * arrears is re-opened by its share like by any payment (rules.md section 7).
 *
 * <pre>{@code
 * Instant at = Instant.parse("2026-08-01T01:00:00Z");
 * BillingGroup group = BillingGroup.form(BillingGroupId.of("G-0755-001"), AccountId.of("A-HQ"),
 *         AllocationRule.PRO_RATA, at).state();
 * group = group.cover(AccountId.of("A-SZ"), at).get().state();             // [BranchCovered]
 * group.accounts();                                                        // A-HQ, A-SZ
 * }</pre>
 */
public final class BillingGroup implements AggregateRoot<BillingGroup, BillingGroupId> {

    private final BillingGroupId id;
    private final AccountId headquarters;
    private final AllocationRule rule;
    private final SortedSet<AccountId> branches;
    private final Instant formedAt;
    private final Instant changedAt;

    private BillingGroup(BillingGroupId id, AccountId headquarters, AllocationRule rule, SortedSet<AccountId> branches,
                         Instant formedAt, Instant changedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.headquarters = Objects.requireNonNull(headquarters, "headquarters");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.branches = Objects.requireNonNull(branches, "branches");
        this.formedAt = Objects.requireNonNull(formedAt, "formedAt");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    /** Forms a group paid for by the headquarters' account, with no branch yet, raising {@code GroupFormed}. */
    public static Changed<BillingGroup, BillingGroupEvent> form(BillingGroupId id, AccountId headquarters,
                                                                 AllocationRule rule, Instant at) {
        return Changed.of(new BillingGroup(id, headquarters, rule, TreeSet.empty(), at, at),
                List.of(new BillingGroupEvent.GroupFormed(id, headquarters, rule, at)));
    }

    /**
     * Rebuilds a group from stored state, raising no event: refused with a {@link RestoreError} when the headquarters
     * is among its branches or the last change is before the forming.
     */
    public static Either<RestoreError, BillingGroup> restore(BillingGroupId id, AccountId headquarters,
                                                             AllocationRule rule, SortedSet<AccountId> branches,
                                                             Instant formedAt, Instant changedAt) {
        RestoreCheck check = RestoreCheck.of("billing group", Objects.requireNonNull(id, "id").value());
        check.when(branches.contains(headquarters), "branches", () -> "holds the headquarters' account "
                + headquarters);
        check.when(changedAt.isBefore(formedAt), "changedAt", () -> changedAt + " is before formedAt " + formedAt);
        return check.restore(() -> new BillingGroup(id, headquarters, rule, branches, formedAt, changedAt));
    }

    /** The headquarters pays for this branch account from {@code at}; covering a covered branch changes nothing. */
    public Either<BillingGroupRejection, Changed<BillingGroup, BillingGroupEvent>> cover(AccountId branch, Instant at) {
        if (branch.equals(headquarters)) {
            return Either.left(new BillingGroupRejection.HeadquartersIsNoBranch(id, headquarters));
        }
        return inOrder(at).map(ok -> branches.contains(branch) ? Changed.nothing(this)
                : Changed.of(new BillingGroup(id, headquarters, rule, branches.add(branch), formedAt, at),
                List.of(new BillingGroupEvent.BranchCovered(id, branch, at))));
    }

    /** The headquarters stops paying for this branch account; releasing one not covered changes nothing. */
    public Either<BillingGroupRejection, Changed<BillingGroup, BillingGroupEvent>> release(AccountId branch,
                                                                                         Instant at) {
        return inOrder(at).map(ok -> !branches.contains(branch) ? Changed.nothing(this)
                : Changed.of(new BillingGroup(id, headquarters, rule, branches.remove(branch), formedAt, at),
                List.of(new BillingGroupEvent.BranchReleased(id, branch, at))));
    }

    /** Allocates unified payments by another rule from {@code at}; the same rule changes nothing. */
    public Either<BillingGroupRejection, Changed<BillingGroup, BillingGroupEvent>> changeRule(AllocationRule next,
                                                                                            Instant at) {
        Objects.requireNonNull(next, "next");
        return inOrder(at).map(ok -> next.equals(rule) ? Changed.nothing(this)
                : Changed.of(new BillingGroup(id, headquarters, next, branches, formedAt, at),
                List.of(new BillingGroupEvent.AllocationRuleChanged(id, rule, next, at))));
    }

    private Either<BillingGroupRejection, Instant> inOrder(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.isBefore(changedAt) ? Either.left(new BillingGroupRejection.OutOfOrder("at", at, changedAt))
                : Either.right(at);
    }

    /**
     * Allocates a unified payment by the group's rule, given the balance owed of every account the group pays for
     * (the headquarters' and each branch's, no other): see {@link GroupAllocation}.
     */
    public Either<BillingGroupRejection, GroupAllocation.Allocation> allocate(Money payment,
                                                                             Map<AccountId, Money> balancesOwed) {
        Seq<AccountId> missing = accounts().filter(a -> !balancesOwed.containsKey(a));
        Seq<AccountId> foreign = balancesOwed.keySet().toList().filter(a -> !accounts().contains(a)).sorted();
        if (missing.nonEmpty() || foreign.nonEmpty()) {
            return Either.left(new BillingGroupRejection.BalancesDoNotMatch(id, missing, foreign));
        }
        if (!payment.isGreaterThan(Money.ZERO)) {
            return Either.left(new BillingGroupRejection.NotPositive("payment", payment.toString()));
        }
        Seq<GroupAllocation.Debt> debts = accounts().map(a -> new GroupAllocation.Debt(a, balancesOwed.get(a).get()));
        return Either.right(GroupAllocation.allocate(payment, headquarters, debts, rule).get());
    }

    /**
     * The payment each account posts for its share of an allocation, under a reference of its own made from the
     * unified payment's ({@code PAY-1/A-SZ}), so that posting it twice is a repeat; accounts with a zero share post
     * nothing.
     */
    public static Seq<Posting> postings(EntryReference payment, GroupAllocation.Allocation allocation) {
        return allocation.shares().filter(s -> s.amount().isGreaterThan(Money.ZERO))
                .map(s -> new Posting(s.account(), EntryReference.of(payment.value() + "/" + s.account().value()),
                        s.amount()));
    }

    /**
     * A payment to post to one account of the group ({@code Account.postPayment(reference, amount, at)}).
     *
     * @param account   the account
     * @param reference the reference, derived from the unified payment's
     * @param amount    the account's share
     */
    public record Posting(AccountId account, EntryReference reference, Money amount) {
    }

    /** The headquarters' account, then the branches by identifier. */
    public Seq<AccountId> accounts() {
        return List.of(headquarters).appendAll(branches);
    }

    @Override
    public BillingGroupId getId() {
        return id;
    }

    /** The account that pays for the group. */
    public AccountId headquarters() {
        return headquarters;
    }

    public AllocationRule rule() {
        return rule;
    }

    /** The branch accounts the headquarters pays for. */
    public SortedSet<AccountId> branches() {
        return branches;
    }

    public Instant formedAt() {
        return formedAt;
    }

    /** The latest change: no command may be dated before it. */
    public Instant changedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BillingGroup that && id.equals(that.id) && headquarters.equals(that.headquarters)
                && rule.equals(that.rule) && branches.equals(that.branches) && formedAt.equals(that.formedAt)
                && changedAt.equals(that.changedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, headquarters, rule, branches, formedAt, changedAt);
    }

    @Override
    public String toString() {
        return "BillingGroup[" + id + ", paid by " + headquarters + " for " + branches.mkString(", ") + ", "
                + rule.describe() + "]";
    }
}
