package org.telecrm.account;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.account.group.AllocationRule;
import org.telecrm.account.group.BillingGroup;
import org.telecrm.account.group.BillingGroupId;
import org.telecrm.account.group.GroupAllocation;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Billing accounts" examples, as written there, with what the README says they return. One scenario
 * runs through the sections in order.
 */
class AccountReadmeTest {

    @Test
    void theReadmeScenario() {
        // ### Opening an account
        AccountTerms terms = AccountTerms.withCreditLimit(Money.ofYuan(500))     // 3 days' grace, calendar months
                .withSpendAlerts(Money.ofYuan(1_000), Money.ofYuan(5_000));
        Instant opened = Instant.parse("2026-07-01T01:00:00Z");                   // 09:00 in Shanghai
        Changed<Account, AccountEvent> result = Account.open(AccountId.of("A-0755-88001234"),
                CustomerId.of("C-440300-000123"), terms, opened).get();
        Account account = result.state();                                         // ACTIVE, empty ledger
        result.events();                                                          // [AccountOpened]
        assertEquals(AccountState.ACTIVE, account.status().state());
        assertTrue(account.ledger().isEmpty());
        assertEquals(List.of(AccountEvent.AccountOpened.class), result.events().map(Object::getClass));

        String invalid = Account.open(AccountId.of("A-2"), CustomerId.of("C-2"),
                AccountTerms.withCreditLimit(Money.ofYuan(-1)), opened).getLeft().message();
        // "the account terms are invalid: creditLimit must be zero or more, was CNY -1.00"
        assertEquals("the account terms are invalid: creditLimit must be zero or more, was CNY -1.00", invalid);

        // ### Posting to the ledger
        Instant july2 = Instant.parse("2026-07-02T02:00:00Z");
        Changed<Account, AccountEvent> billed = account.postCharge(EntryReference.of("B-2026-06"),
                Money.ofYuan(1_200), july2).get();
        billed.events();                        // [ChargePosted, SpendAlertRaised(threshold CNY 1000.00, ...)]
        account = billed.state();
        assertEquals(List.of(AccountEvent.ChargePosted.class, AccountEvent.SpendAlertRaised.class),
                billed.events().map(Object::getClass));
        assertEquals(Money.ofYuan(1_000), ((AccountEvent.SpendAlertRaised) billed.events().last()).threshold());
        account = account.postPayment(EntryReference.of("PAY-9001"), Money.ofYuan(300), july2).get().state();
        account = account.postCompensationCredit(EntryReference.of("SLA-2026-0042"), Money.ofYuan(50), july2)
                .get().state();                                                   // the claim id is the reference
        account = account.postAdjustment(EntryReference.of("ADJ-17"), LedgerEntry.Adjustment.Direction.CREDIT,
                Money.ofYuan(100), EntryReference.of("B-2026-06"), "line rental charged twice", july2).get().state();
        account.balanceOwed();                  // CNY 750.00 = 1200 - 300 - 50 - 100: positive = the customer owes
        account.ledger().entries().size();      // 4, oldest first; never changed, never shortened
        account.postPayment(EntryReference.of("PAY-9002"), Money.ZERO, july2).getLeft().message();
        // "amount must be positive, was CNY 0.00 (the entry kind gives the direction)"
        assertEquals(Money.ofYuan(750), account.balanceOwed());
        assertEquals(4, account.ledger().entries().size());
        assertEquals("amount must be positive, was CNY 0.00 (the entry kind gives the direction)",
                account.postPayment(EntryReference.of("PAY-9002"), Money.ZERO, july2).getLeft().message());

        // ### Posting twice
        Either<AccountRejection, Changed<Account, AccountEvent>> again =
                account.postPayment(EntryReference.of("PAY-9001"), Money.ofYuan(300), july2.plusSeconds(60));
        again.getLeft().isRepeat();             // true: AlreadyPosted, carrying the entry posted first; nothing changed
        account.postPayment(EntryReference.of("PAY-9001"), Money.ofYuan(310), july2).getLeft();
        // ReferenceConflict: same reference, other facts; a correction is a new adjustment
        assertTrue(again.getLeft().isRepeat());
        assertInstanceOf(AccountRejection.AlreadyPosted.class, again.getLeft());
        assertInstanceOf(AccountRejection.ReferenceConflict.class,
                account.postPayment(EntryReference.of("PAY-9001"), Money.ofYuan(310), july2).getLeft());

        // ### Arrears: suspended, then re-opened by the payment
        account.isOverLimit();                  // true: CNY 750.00 owed is above the CNY 500.00 limit
        account.overLimitSince();               // Some(2026-07-02T02:00:00Z): the charge that took it over
        account.arrearsDueAt();                 // Some(2026-07-05T02:00:00Z): plus the 3 days' grace
        account.reviewArrears(Instant.parse("2026-07-04T16:00:00Z")).get().changedNothing();   // true: not yet
        Changed<Account, AccountEvent> reviewed = account.reviewArrears(Instant.parse("2026-07-05T16:00:00Z")).get();
        reviewed.events();                      // [SuspendedForArrears]: forward to provisioning, stop service
        account = reviewed.state();             // SUSPENDED_FOR_ARREARS
        Changed<Account, AccountEvent> paid = account.postPayment(EntryReference.of("PAY-9003"), Money.ofYuan(250),
                Instant.parse("2026-07-06T03:00:00Z")).get();
        paid.events();                          // [PaymentPosted, ReopenedAfterArrears]: restore service, no staff step
        account = paid.state();                 // ACTIVE: CNY 500.00 owed is no longer above the limit
        assertTrue(reviewed.state().status().is(AccountState.SUSPENDED_FOR_ARREARS));
        assertEquals(List.of(AccountEvent.SuspendedForArrears.class), reviewed.events().map(Object::getClass));
        assertEquals(List.of(AccountEvent.PaymentPosted.class, AccountEvent.ReopenedAfterArrears.class),
                paid.events().map(Object::getClass));
        assertTrue(account.status().is(AccountState.ACTIVE));
        assertEquals(Money.ofYuan(500), account.balanceOwed());
        assertFalse(account.isOverLimit());
        assertEquals(Option.some(Instant.parse("2026-07-02T02:00:00Z")), reviewed.state().overLimitSince());
        assertEquals(Option.some(Instant.parse("2026-07-05T02:00:00Z")), reviewed.state().arrearsDueAt());
        assertTrue(reviewed.state().isArrearsDue(Instant.parse("2026-07-05T16:00:00Z")));
        assertFalse(reviewed.state().isArrearsDue(Instant.parse("2026-07-04T16:00:00Z")));

        // ### Spend alerts
        Changed<Account, AccountEvent> charged = account.postCharge(EntryReference.of("B-2026-07-A"),
                Money.ofYuan(4_000), Instant.parse("2026-07-20T02:00:00Z")).get();
        charged.events();   // [ChargePosted, SpendAlertRaised(threshold CNY 5000.00, cycle 2026-07-01..2026-07-31,
                            //  spend CNY 5200.00)]: CNY 1000 was reached by the bill of 07-02 and stays quiet;
                            //  over the limit again from 07-20, so a new grace period runs
        account = charged.state();
        AccountEvent.SpendAlertRaised alert = (AccountEvent.SpendAlertRaised) charged.events().get(1);
        assertEquals(Money.ofYuan(5_000), alert.threshold());
        assertEquals(new CyclePeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1)), alert.cycle());
        assertEquals(Money.ofYuan(5_200), alert.spend());
        assertEquals(Money.ofYuan(5_200), account.spendIn(alert.cycle()));
        assertEquals(List.of(AccountEvent.ChargePosted.class, AccountEvent.SpendAlertRaised.class),
                charged.events().map(Object::getClass));

        // ### Closing and restoring
        account.close(Instant.parse("2026-07-21T02:00:00Z")).getLeft().message();
        // "account A-0755-88001234 cannot close: balanceOwed must be zero, was CNY 4500.00"
        assertEquals("account A-0755-88001234 cannot close: balanceOwed must be zero, was CNY 4500.00",
                account.close(Instant.parse("2026-07-21T02:00:00Z")).getLeft().message());
        account = account.postPayment(EntryReference.of("PAY-9004"), Money.ofYuan(4_500),
                Instant.parse("2026-07-21T02:00:00Z")).get().state();
        Account closed = account.close(Instant.parse("2026-07-21T03:00:00Z")).get().state();   // [AccountClosed]
        closed.postCharge(EntryReference.of("B-late"), Money.ofYuan(1), Instant.parse("2026-07-22T02:00:00Z"))
                .getLeft();                     // AccountIsClosed: a closed account takes no postings
        assertTrue(closed.status().is(AccountState.CLOSED));
        assertEquals(List.of(AccountEvent.AccountClosed.class), account.close(Instant.parse("2026-07-21T03:00:00Z"))
                .get().events().map(Object::getClass));
        assertInstanceOf(AccountRejection.AccountIsClosed.class, closed.postCharge(EntryReference.of("B-late"),
                Money.ofYuan(1), Instant.parse("2026-07-22T02:00:00Z")).getLeft());

        Account restored = Account.restore(closed.getId(), closed.owner(), closed.terms(), closed.openedAt(),
                closed.ledger().entries(), closed.status()).get();            // checked, no events
        restored.equals(closed);                // true
        assertEquals(closed, restored);
        assertEquals(Duration.ofDays(3), restored.terms().arrearsGracePeriod());
    }

    @Test
    void stagedDunningAndPaymentPlans() {
        // ### Staged dunning and payment plans
        AccountTerms staged = AccountTerms.withCreditLimit(Money.ofYuan(100))        // 3 days' grace
                .withDunning(DunningSchedule.SAMPLE_STAGED);                          // reminder day 1, 单停 day 3, 双停 day 10
        Account a = Account.open(AccountId.of("A-0755-88005678"), CustomerId.of("C-440300-000123"), staged,
                Instant.parse("2026-08-01T01:00:00Z")).get().state();
        a = a.postCharge(EntryReference.of("B-2026-07"), Money.ofYuan(300), Instant.parse("2026-08-01T01:00:00Z"))
                .get().state();
        a.reviewArrears(Instant.parse("2026-08-02T01:00:00Z")).get().events();   // [RemindedOfArrears]
        a.reviewArrears(Instant.parse("2026-08-04T01:00:00Z")).get().events();   // [PartiallySuspendedForArrears]: 单停
        a.suspensionDueAt();                                                      // Some(2026-08-11T01:00:00Z): 双停
        assertEquals(List.of(AccountEvent.RemindedOfArrears.class),
                a.reviewArrears(Instant.parse("2026-08-02T01:00:00Z")).get().events().map(Object::getClass));
        assertEquals(List.of(AccountEvent.PartiallySuspendedForArrears.class),
                a.reviewArrears(Instant.parse("2026-08-04T01:00:00Z")).get().events().map(Object::getClass));
        assertEquals(Option.some(Instant.parse("2026-08-11T01:00:00Z")), a.suspensionDueAt());

        // a payment plan: CNY 200 above the limit in two instalments; dunning holds while they are paid when due
        a = a.reviewArrears(Instant.parse("2026-08-02T01:00:00Z")).get().state();   // REMINDED
        a = a.agreePaymentPlan(EntryReference.of("PLAN-2026-08-01"), List.of(
                new PaymentPlan.Instalment(Instant.parse("2026-08-05T16:00:00Z"), Money.ofYuan(100)),
                new PaymentPlan.Instalment(Instant.parse("2026-08-15T16:00:00Z"), Money.ofYuan(100))),
                Instant.parse("2026-08-02T02:00:00Z")).get().state();                 // [PaymentPlanAgreed]
        assertEquals(AccountState.REMINDED, a.status().state());
        assertTrue(a.paymentPlan().isDefined());
        a = a.postPayment(EntryReference.of("PAY-1"), Money.ofYuan(100), Instant.parse("2026-08-05T08:00:00Z"))
                .get().state();
        a.reviewArrears(Instant.parse("2026-08-12T01:00:00Z")).get().changedNothing();   // true: held past 单停 and 双停
        a.postPayment(EntryReference.of("PAY-2"), Money.ofYuan(100), Instant.parse("2026-08-15T08:00:00Z")).get().events();
        // [PaymentPosted, PaymentPlanFulfilled, ArrearsCleared]: ACTIVE, the plan ends
        assertTrue(a.reviewArrears(Instant.parse("2026-08-12T01:00:00Z")).get().changedNothing());
        Changed<Account, AccountEvent> last = a.postPayment(EntryReference.of("PAY-2"), Money.ofYuan(100),
                Instant.parse("2026-08-15T08:00:00Z")).get();
        assertEquals(List.of(AccountEvent.PaymentPosted.class, AccountEvent.PaymentPlanFulfilled.class,
                AccountEvent.ArrearsCleared.class), last.events().map(Object::getClass));
        assertEquals(AccountState.ACTIVE, last.state().status().state());
        assertEquals(Option.none(), last.state().paymentPlan());
        assertEquals(DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ZERO)
                .withPartialSuspensionFor(Duration.ofDays(15)).problems(Duration.ofDays(15)), List.empty());
    }

    @Test
    void changingTheTerms() {
        // ### Changing the terms
        Account limited = Account.open(AccountId.of("A-0755-88009999"), CustomerId.of("C-440300-000123"),
                AccountTerms.withCreditLimit(Money.ofYuan(500)), Instant.parse("2026-08-01T01:00:00Z")).get().state();
        limited = limited.postCharge(EntryReference.of("B-2026-07"), Money.ofYuan(400), Instant.parse("2026-08-01T01:00:00Z"))
                .get().state();
        Changed<Account, AccountEvent> lowered = limited.changeCreditLimit(Money.ofYuan(300),
                Instant.parse("2026-08-20T01:00:00Z")).get();
        lowered.events();                          // [CreditLimitChanged(before CNY 500.00, after CNY 300.00)]
        lowered.state().arrearsDueAt();            // Some(2026-08-23T01:00:00Z): 3 days from the change, not from 08-01
        lowered.state().changeSpendAlertThresholds(List.of(Money.ofYuan(1_000)), Instant.parse("2026-08-20T02:00:00Z"))
                .get().events();                   // [SpendAlertThresholdsChanged(before [], after [CNY 1000.00])]
        assertEquals(List.of(new AccountEvent.CreditLimitChanged(AccountId.of("A-0755-88009999"),
                CustomerId.of("C-440300-000123"), Money.ofYuan(500), Money.ofYuan(300),
                Instant.parse("2026-08-20T01:00:00Z"))), lowered.events());
        assertEquals(Option.some(Instant.parse("2026-08-23T01:00:00Z")), lowered.state().arrearsDueAt());
        assertEquals(List.of(new AccountEvent.SpendAlertThresholdsChanged(AccountId.of("A-0755-88009999"),
                List.empty(), List.of(Money.ofYuan(1_000)), Instant.parse("2026-08-20T02:00:00Z"))),
                lowered.state().changeSpendAlertThresholds(List.of(Money.ofYuan(1_000)),
                        Instant.parse("2026-08-20T02:00:00Z")).get().events());
    }

    @Test
    void groupBilling() {
        // ### Group billing
        Instant at = Instant.parse("2026-08-01T01:00:00Z");
        AccountId hq = AccountId.of("A-0755-HQ");
        AccountId futian = AccountId.of("A-0755-FT");
        AccountId nanshan = AccountId.of("A-0755-NS");
        BillingGroup group = BillingGroup.form(BillingGroupId.of("G-0755-001"), hq, AllocationRule.PRO_RATA, at).state()
                .cover(futian, at).get().state()
                .cover(nanshan, at).get().state();                                   // [BranchCovered] each
        GroupAllocation.Allocation shared = group.allocate(Money.ofYuan(900), HashMap.of(hq, Money.ofYuan(200),
                futian, Money.ofYuan(600), nanshan, Money.ofYuan(400))).get();
        shared.shares();   // A-0755-HQ CNY 150.00, A-0755-FT CNY 450.00, A-0755-NS CNY 300.00: 900 of 1200 owed, pro rata
        BillingGroup.postings(EntryReference.of("PAY-G-2026-08"), shared);
        // [A-0755-HQ PAY-G-2026-08/A-0755-HQ CNY 150.00, ...]: post each with Account.postPayment
        assertEquals(List.of(Money.ofYuan(150), Money.ofYuan(450), Money.ofYuan(300)),
                shared.shares().map(GroupAllocation.Share::amount));
        assertEquals(List.of(hq, futian, nanshan), shared.shares().map(GroupAllocation.Share::account));
        assertEquals(new BillingGroup.Posting(hq, EntryReference.of("PAY-G-2026-08/A-0755-HQ"), Money.ofYuan(150)),
                BillingGroup.postings(EntryReference.of("PAY-G-2026-08"), shared).head());
    }
}
