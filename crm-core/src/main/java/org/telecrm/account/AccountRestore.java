package org.telecrm.account;

import org.telecrm.kernel.Reversible;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.RestoreCheck;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;
import org.telecrm.money.MoneyError;

import java.time.Instant;
import java.util.Objects;

/**
 * Restoring an account from stored state ({@link Account#restore}): every invariant checked, the seals' chain
 * recomputed for what is not yet verified, no rule run and no event raised.
 */
final class AccountRestore {

    private AccountRestore() {
    }

    /** The restore with seals, from a verified prefix; see {@link Account#restore}. */
    static Either<RestoreError, Account> restore(AccountId id, CustomerId owner, AccountTerms terms, Instant openedAt,
                                                 Ledger verified, Seq<LedgerEntry> more, Seq<LedgerSeal> moreSeals,
                                                 AccountStatus status, Instant creditLimitSince,
                                                 Option<PaymentPlan> plan, Seq<TermsChange> termsHistory) {
        Objects.requireNonNull(verified, "verified");
        Objects.requireNonNull(more, "more");
        Objects.requireNonNull(moreSeals, "moreSeals");
        RestoreCheck check = invariants(id, owner, terms, openedAt, verified.entries().appendAll(more), status);
        standing(check, openedAt, status, creditLimitSince, plan);
        history(check, terms, openedAt, status, creditLimitSince, termsHistory);
        chain(check, verified, more, moreSeals);
        return check.restore(() -> new Account(id, owner, terms, openedAt, verified.appendSealed(more, moreSeals),
                status, creditLimitSince, plan, termsHistory));
    }

    /** The restore of entries kept without seals, sealed afresh; see {@link Account#restore}. */
    static Either<RestoreError, Account> unsealed(AccountId id, CustomerId owner, AccountTerms terms,
                                                  Instant openedAt, Seq<LedgerEntry> entries, AccountStatus status) {
        Objects.requireNonNull(entries, "entries");
        return invariants(id, owner, terms, openedAt, entries, status)
                .restore(() -> new Account(id, owner, terms, openedAt, Ledger.of(entries), status, openedAt,
                        Option.none(), io.vavr.collection.List.empty()));
    }

    /**
     * The terms' history as the commands leave it: changes in the order made, none before the opening nor after a
     * closing, each following on from the one before it to the current terms, the last change of the limit at
     * {@code creditLimitSince}.
     */
    private static void history(RestoreCheck check, AccountTerms terms, Instant openedAt, AccountStatus status,
                                Instant creditLimitSince, Seq<TermsChange> changes) {
        Objects.requireNonNull(changes, "termsHistory");
        check.when(changes.exists(c -> c.at().isBefore(openedAt)), "termsHistory",
                () -> "a change must not be made before the opening at " + openedAt);
        check.when(changes.sliding(2).exists(p -> p.size() == 2 && p.get(1).at().isBefore(p.get(0).at())),
                "termsHistory", () -> "changes must be in the order made");
        check.when(status.is(AccountState.CLOSED) && changes.exists(c -> c.at().isAfter(status.since())),
                "termsHistory", () -> "a closed account's terms do not change after its closing at " + status.since());
        check.when(!Reversible.endsAt(terms, changes), "termsHistory",
                () -> "each change must start from the value the one before it left, the last one end at the current terms");
        for (TermsChange last : changes.filter(c -> c instanceof TermsChange.CreditLimitChange).lastOption()) {
            check.when(!last.at().equals(creditLimitSince), "termsHistory", () -> "the last change of the limit, at "
                    + last.at() + ", must be when the limit in force took effect, " + creditLimitSince);
        }
    }

    /** When the credit limit took effect, and the payment plan in force: as the commands leave them. */
    private static void standing(RestoreCheck check, Instant openedAt, AccountStatus status,
                                 Instant creditLimitSince,
                                 Option<PaymentPlan> plan) {
        Objects.requireNonNull(creditLimitSince, "creditLimitSince");
        Objects.requireNonNull(plan, "plan");
        check.when(creditLimitSince.isBefore(openedAt), "creditLimitSince",
                () -> creditLimitSince + " is before openedAt " + openedAt);
        for (PaymentPlan p : plan) {
            p.problems().forEach(problem -> check.problem("plan." + problem.field(), "must be " + problem.expected()
                    + ", was " + problem.was()));
            check.when(p.agreedAt().isBefore(openedAt), "plan.agreedAt", () -> p.agreedAt() + " is before openedAt "
                    + openedAt);
            check.when(status.is(AccountState.CLOSED), "plan", () -> "a closed account has no payment plan in force");
        }
    }

    /**
     * Where the entries after {@code verified} do not match their seals: a sequence number out of place, a hash that
     * is not the chain's.
     */
    static void chain(RestoreCheck check, Ledger verified, Seq<LedgerEntry> more, Seq<LedgerSeal> seals) {
        check.when(seals.size() != more.size(), "seals", () -> (verified.size() + more.size()) + " entries but "
                + (verified.size() + seals.size()) + " seals: each entry has its seal");
        Option<LedgerSeal> previous = verified.head();
        int i = verified.size();
        for (io.vavr.Tuple2<LedgerEntry, LedgerSeal> sealed : more.zip(seals)) {
            String at = "entries[" + i + "]";
            long expected = i + 1L;
            LedgerSeal seal = sealed._2;
            check.when(seal.sequence() != expected, at + ".sequence", () -> "must be " + expected + ", was "
                    + seal.sequence() + " (an entry before it was removed or moved)");
            check.when(seal.sequence() == expected && !seal.seals(previous, sealed._1), at + ".hash",
                    () -> "does not match the entry and the hash before it: the entry, or the one before it, was"
                            + " altered or moved");
            previous = Option.some(seal);
            i++;
        }
    }

    /** Every invariant but the seals' and the standing's, over the whole ledger. */
    static RestoreCheck invariants(AccountId id, CustomerId owner, AccountTerms terms, Instant openedAt,
                                           Seq<LedgerEntry> entries, AccountStatus status) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(status, "status");
        RestoreCheck check = RestoreCheck.of("account", id.value());
        terms.problems().forEach(p -> check.problem("terms." + p.field(), "must be " + p.expected() + ", was " + p.was()));
        check.when(status.since().isBefore(openedAt), "status.since",
                () -> status.since() + " is before openedAt " + openedAt);
        java.util.Map<EntryReference, Integer> seen = new java.util.HashMap<>();
        Instant previous = openedAt;
        Money balance = Money.ZERO;
        boolean overflowed = false;
        java.util.Map<CyclePeriod, Money> spend = new java.util.HashMap<>();
        java.util.Set<CyclePeriod> spendOverflowed = new java.util.HashSet<>();
        int i = 0;
        for (LedgerEntry entry : entries) {
            String at = "entries[" + i + "]";
            Objects.requireNonNull(entry, at);
            check.when(!entry.amount().isGreaterThan(Money.ZERO), at + ".amount",
                    () -> "must be positive, was " + entry.amount().toPlainString());
            if (entry instanceof LedgerEntry.Adjustment adjustment) {
                check.when(adjustment.reason().isBlank(), at + ".reason", () -> "must not be blank");
                check.when(!seen.containsKey(adjustment.corrects()), at + ".corrects",
                        () -> adjustment.corrects() + " is not an earlier entry");
            }
            Integer first = seen.putIfAbsent(entry.reference(), i);
            check.when(first != null, at, () -> "the reference " + entry.reference() + " is already used by entries["
                    + first + "]");
            Instant before = previous;
            boolean firstEntry = i == 0;
            check.when(entry.postedAt().isBefore(before), at + ".postedAt", () -> entry.postedAt() + " is before "
                    + before + (firstEntry ? " (the opening)" : " (the entry before it)"));
            previous = entry.postedAt().isAfter(previous) ? entry.postedAt() : previous;
            Either<MoneyError, Money> sum = balance.checkedPlus(entry.owed());
            check.when(sum.isLeft() && !overflowed, at, () -> "the balance owed would be beyond the largest amount");
            overflowed |= sum.isLeft();
            balance = sum.getOrElse(balance);
            if (entry.kind() == EntryKind.CHARGE && terms.problems().isEmpty()) {
                CyclePeriod cycle = terms.billingCycle().cycleOf(entry.postedAt());
                Either<MoneyError, Money> spent = spend.getOrDefault(cycle, Money.ZERO).checkedPlus(entry.amount());
                check.when(spent.isLeft() && spendOverflowed.add(cycle), at, () -> "the spend of the billing cycle "
                        + cycle + " would be beyond the largest amount");
                spent.forEach(total -> spend.put(cycle, total));
            }
            i++;
        }
        if (status.is(AccountState.CLOSED)) {
            Money owed = balance;
            check.when(!overflowed && !owed.isZero(), "status",
                    () -> "a closed account owes nothing, this one's balance owed is " + owed.toPlainString());
            Instant last = previous;
            check.when(last.isAfter(status.since()), "status.since", () -> "the account closed at " + status.since()
                    + " has an entry posted after it, at " + last);
        }
        return check;
    }
}
