package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;

/** Posting an entry: its checks, its event and the spend alerts it raises; and the spend of a cycle. */
final class Posting {

    private Posting() {
    }

    /** See {@link Account#post(LedgerEntry)}. */
    static Either<AccountRejection, Changed<Account, AccountEvent>> post(Account account, LedgerEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (!entry.amount().isGreaterThan(Money.ZERO)) {
            return Either.left(new AccountRejection.NotPositive("amount", entry.amount()));
        }
        if (entry instanceof LedgerEntry.Adjustment adjustment && adjustment.reason().isBlank()) {
            return Either.left(new AccountRejection.Blank("reason"));
        }
        Option<LedgerEntry> earlier = account.ledger().find(entry.reference());
        if (earlier.isDefined()) {
            return Either.left(earlier.get().sameFactsAs(entry)
                    ? new AccountRejection.AlreadyPosted(account.getId(), earlier.get())
                    : new AccountRejection.ReferenceConflict(account.getId(), earlier.get(), entry));
        }
        if (account.status().is(AccountState.CLOSED)) {
            return Either.left(new AccountRejection.AccountIsClosed(account.getId(), account.status().since(), entry.reference()));
        }
        if (entry.postedAt().isBefore(account.latestInstant())) {
            return Either.left(new AccountRejection.OutOfOrder("postedAt", entry.postedAt(), account.latestInstant()));
        }
        if (entry instanceof LedgerEntry.Adjustment adjustment && account.ledger().find(adjustment.corrects()).isEmpty()) {
            return Either.left(new AccountRejection.UnknownEntry("corrects", adjustment.corrects()));
        }
        if (account.balanceOwed().checkedPlus(entry.owed()).isLeft()) {
            return Either.left(new AccountRejection.TooLarge(account.getId(), "balanceOwed", entry));
        }
        if (entry.kind() == EntryKind.CHARGE && spendIn(account, account.terms().billingCycle().cycleOf(entry.postedAt()))
                .checkedPlus(entry.amount()).isLeft()) {
            return Either.left(new AccountRejection.TooLarge(account.getId(), "spend", entry));
        }
        Account next = account.with(entry);
        Seq<AccountEvent> events = List.<AccountEvent>of(postedEvent(account.getId(), entry, next.balanceOwed()))
                .appendAll(spendAlerts(account, entry));
        return Either.right(Dunning.apply(next, entry.postedAt(), Option.some(entry.reference()), events));
    }

    static AccountEvent postedEvent(AccountId id, LedgerEntry entry, Money balance) {
        Instant at = entry.postedAt();
        if (entry instanceof LedgerEntry.Charge charge) {
            return new AccountEvent.ChargePosted(id, charge, balance, at);
        } else if (entry instanceof LedgerEntry.Payment payment) {
            return new AccountEvent.PaymentPosted(id, payment, balance, at);
        } else if (entry instanceof LedgerEntry.Adjustment adjustment) {
            return new AccountEvent.AdjustmentPosted(id, adjustment, balance, at);
        }
        return new AccountEvent.CompensationCredited(id, (LedgerEntry.CompensationCredit) entry, balance, at);
    }

    /** The alerts a charge about to be posted raises: every threshold its cycle's spend passes from below. */
    static Seq<AccountEvent> spendAlerts(Account account, LedgerEntry entry) {
        if (entry.kind() != EntryKind.CHARGE) {
            return List.empty();
        }
        CyclePeriod cycle = account.terms().billingCycle().cycleOf(entry.postedAt());
        Money before = spendIn(account, cycle);
        Money after = before.plus(entry.amount());
        return account.terms().spendAlertThresholds()
                .filter(threshold -> before.isLessThan(threshold) && !after.isLessThan(threshold))
                .map(threshold -> new AccountEvent.SpendAlertRaised(account.getId(), threshold, cycle, after, entry.postedAt()));
    }

    /** See {@link Account#spendIn(CyclePeriod)}. */
    static Money spendIn(Account account, CyclePeriod cycle) {
        Instant start = cycle.start().atStartOfDay(account.terms().billingCycle().zone()).toInstant();
        Instant end = cycle.end().atStartOfDay(account.terms().billingCycle().zone()).toInstant();
        Money spend = Money.ZERO;
        Iterator<LedgerEntry> newestFirst = account.ledger().entries().reverseIterator();
        while (newestFirst.hasNext()) {
            LedgerEntry entry = newestFirst.next();
            if (entry.postedAt().isBefore(start)) {
                break;
            }
            if (entry.kind() == EntryKind.CHARGE && entry.postedAt().isBefore(end)) {
                spend = spend.plus(entry.amount());   // never beyond Money.MAX: posting and restoring refuse that
            }
        }
        return spend;
    }
}
