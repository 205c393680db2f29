package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Iterator;

/** What a posting raises besides its entry: its event and the spend alerts; and the spend of a cycle. */
final class Posting {

    private Posting() {
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
