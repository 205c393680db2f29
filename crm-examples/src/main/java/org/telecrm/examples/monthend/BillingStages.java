package org.telecrm.examples.monthend;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountRejection;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.GroupAllocation;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;
import org.telecrm.persistence.StorageFailure;
import org.telecrm.persistence.Versioned;
import org.telecrm.persistence.access.AccessRequest;
import org.telecrm.persistence.access.CustomerView;
import org.telecrm.privacy.access.DataTier;

import java.time.Instant;

import static org.telecrm.examples.monthend.MonthEnd.allowed;
import static org.telecrm.examples.monthend.MonthEnd.bug;
import static org.telecrm.examples.monthend.MonthEnd.forEachPage;

/**
 * The month-end's billing stages, through the ports a page at a time like the others:
 *
 * <p><b>Group billing.</b> For every key account's account that pays for a billing group (its headquarters'), each
 * unified payment the feed gives for the group is allocated by the group's rule ({@link BillingGroup#allocate}) over
 * the balances its accounts owed before the payment was received, and each share posted to its account as a payment
 * at that instant, all of one payment in one transaction. The balances are read as before the payment, so a rerun
 * allocates the very same shares, which the accounts answer as already posted: nothing is saved twice. A branch
 * suspended for arrears is re-opened by its share like by any payment (rules.md section 7).
 *
 * <p><b>Dunning.</b> Every account's arrears reviewed at the stage's instant on its own schedule
 * ({@link Account#reviewArrears}): the step due is taken (reminder, partial suspension, suspension), a payment plan
 * whose instalment was missed is broken, a kept one holds; re-opening happens when a payment clears the arrears, as
 * before. The stage's line counts each step taken and each plan broken by this run.
 */
final class BillingStages {

    private final MonthEnd monthEnd;
    private final UnifiedPayment.Feed payments;

    BillingStages(MonthEnd monthEnd, UnifiedPayment.Feed payments) {
        this.monthEnd = monthEnd;
        this.payments = payments;
    }

    // ---- group billing ------------------------------------------------------------------------------------------

    Counter groupBilling() {
        Counter c = monthEnd.progress().stage("group billing");
        AccessRequest billing = monthEnd.requestFor("unified payments of billing groups (billing)", monthEnd.asOf());
        forEachPage(page -> allowed(monthEnd.scoped().byProvince(billing, MonthEnd.PROVINCE, DataTier.SHARED, page)),
                customer -> {
                    if (((CustomerView.Shared) customer).customer().grade().isDefined()) {
                        groupsPaidBy(billing, customer.id(), c);
                    }
                });
        return c.done();
    }

    private void groupsPaidBy(AccessRequest billing, CustomerId customer, Counter c) {
        forEachPage(page -> allowed(monthEnd.records().accountsOf(billing, customer, page)), account ->
                forEachPage(page -> monthEnd.ports().groups().paidBy(account.aggregate().getId(), page), group -> {
                    for (UnifiedPayment payment : payments.of(group.aggregate().getId())) {
                        allocate(billing, group.aggregate(), payment, c);
                    }
                    c.tick();
                }));
    }

    private void allocate(AccessRequest billing, BillingGroup group, UnifiedPayment payment, Counter c) {
        monthEnd.ports().transactions().inTransaction(() -> {
            Seq<Versioned<Account>> accounts = group.accounts().map(id -> allowed(monthEnd.records()
                    .account(billing, id)).getOrElseThrow(() -> new StorageFailure("billing group " + group.getId()
                    + " pays for unknown account " + id)));
            Map<AccountId, Money> owed = HashMap.ofEntries(accounts.map(a -> io.vavr.Tuple.of(a.aggregate().getId(),
                    owedBefore(a.aggregate(), payment.receivedAt()))));
            GroupAllocation.Allocation allocation = bug(group.allocate(payment.amount(), owed));
            for (BillingGroup.Posting posting : BillingGroup.postings(payment.reference(), allocation)) {
                Versioned<Account> account = accounts.find(a -> a.aggregate().getId().equals(posting.account())).get();
                Either<AccountRejection, Changed<Account, AccountEvent>> posted = account.aggregate()
                        .postPayment(posting.reference(), posting.amount(), payment.receivedAt());
                if (posted.isRight()) {
                    c.saved(monthEnd.ports().accounts().save(posted.get(), account.version()),
                            posted.get().events().size());
                    c.count("shares posted");
                } else if (!posted.getLeft().isRepeat()) {
                    throw new IllegalStateException("share of unified payment " + payment.reference() + " refused: "
                            + posted.getLeft().message());
                }
            }
            return Either.right(true);
        });
    }

    /** What the account owed before {@code at}: its entries posted before it (so a rerun reads the same). */
    static Money owedBefore(Account account, Instant at) {
        return account.ledger().entries().filter(e -> e.postedAt().isBefore(at)).map(LedgerEntry::owed)
                .foldLeft(Money.ZERO, Money::plus);
    }

    // ---- dunning ------------------------------------------------------------------------------------------------

    Counter dunning() {
        Counter c = monthEnd.progress().stage("dunning");
        Instant at = monthEnd.at(4);
        AccessRequest billing = monthEnd.requestFor("arrears review and dunning (billing)", at);
        forEachPage(page -> allowed(monthEnd.scoped().byProvince(billing, MonthEnd.PROVINCE, DataTier.SHARED, page)),
                customer -> {
                    forEachPage(page -> allowed(monthEnd.records().accountsOf(billing, customer.id(), page)), account -> {
                        Changed<Account, AccountEvent> reviewed = bug(account.aggregate().reviewArrears(at));
                        if (!reviewed.changedNothing()) {
                            c.saved(monthEnd.ports().accounts().save(reviewed, account.version()),
                                    reviewed.events().size());
                            reviewed.events().forEach(e -> c.count(step(e)));
                        }
                    });
                    c.tick();
                });
        return c.done();
    }

    /** What a dunning event is, in the stage's line. */
    private static String step(AccountEvent event) {
        if (event instanceof AccountEvent.RemindedOfArrears) {
            return "reminded";
        } else if (event instanceof AccountEvent.PartiallySuspendedForArrears) {
            return "partially suspended";
        } else if (event instanceof AccountEvent.SuspendedForArrears) {
            return "suspended";
        } else if (event instanceof AccountEvent.ReopenedAfterArrears) {
            return "re-opened";
        } else if (event instanceof AccountEvent.ArrearsCleared) {
            return "cleared";
        } else if (event instanceof AccountEvent.PaymentPlanBroken) {
            return "plans broken";
        } else if (event instanceof AccountEvent.PaymentPlanLapsed) {
            return "plans lapsed";
        }
        return event instanceof AccountEvent.PaymentPlanFulfilled ? "plans fulfilled" : "other events";
    }
}
