package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.FieldProblem;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;
import org.telecrm.testing.FieldErrors;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.T0;
import static org.telecrm.account.Accounts.accepted;
import static org.telecrm.account.Accounts.charge;
import static org.telecrm.account.Accounts.day;
import static org.telecrm.account.Accounts.pay;
import static org.telecrm.account.Accounts.ref;
import static org.telecrm.account.Accounts.refused;
import static org.telecrm.account.Accounts.withLimit;

/** Worked examples of the billing account: rules.md section 7 and seed 000 (交费后自动开机). */
class AccountTest {

    private static <T> T only(Seq<AccountEvent> events, Class<T> type) {
        Seq<AccountEvent> ofType = events.filter(type::isInstance);
        assertEquals(1, ofType.size(), () -> "expected one " + type.getSimpleName() + " in " + events);
        return type.cast(ofType.head());
    }

    @Nested
    class OpeningTakesValidTermsOnly {

        @Test
        void anAccountOpensActiveWithAnEmptyLedger() {
            AccountTerms terms = AccountTerms.withCreditLimit(Money.ofYuan(500));
            Changed<Account, AccountEvent> opened = accepted(Account.open(ID, OWNER, terms, T0));
            Account account = opened.state();
            assertEquals(AccountStatus.of(AccountState.ACTIVE, T0), account.status());
            assertEquals(Money.ZERO, account.balanceOwed());
            assertTrue(account.ledger().isEmpty());
            assertEquals(OWNER, account.owner());
            assertEquals(ID, account.getId());
            assertEquals(List.of(new AccountEvent.AccountOpened(ID, OWNER, terms, T0)), opened.events());
        }

        @Test
        void theLibraryDefaultsAreNamed() {
            AccountTerms terms = AccountTerms.withCreditLimit(Money.ZERO);
            assertEquals(Duration.ofDays(3), terms.arrearsGracePeriod());
            assertEquals(AccountTerms.DEFAULT_ARREARS_GRACE_PERIOD, terms.arrearsGracePeriod());
            assertEquals(BillingCycle.CALENDAR_MONTH, terms.billingCycle());
            assertEquals(1, terms.billingCycle().startDay());
            assertTrue(terms.spendAlertThresholds().isEmpty());
            assertTrue(terms.problems().isEmpty());
        }

        @Test
        void everyProblemOfTheTermsIsNamed() {
            AccountTerms bad = new AccountTerms(new BillingCycle(29, BillingCycle.CHINA), Money.ofYuan(-1),
                    Duration.ofHours(-1), List.of(Money.ofYuan(100), Money.ofYuan(100), Money.ZERO));
            AccountRejection rejection = refused(Account.open(ID, OWNER, bad, T0));
            Seq<TermProblem> problems = assertInstanceOf(AccountRejection.InvalidTerms.class, rejection).problems();
            assertEquals(5, problems.size(), problems.map(TermProblem::message).mkString("; "));
            for (String field : List.of("billingCycle.startDay", "creditLimit", "arrearsGracePeriod",
                    "spendAlertThresholds[1]", "spendAlertThresholds[2]")) {
                String message = FieldErrors.assertNamed(problems, TermProblem::field, TermProblem::message, field);
                assertTrue(rejection.message().contains(message));
            }
            assertEquals("creditLimit must be zero or more, was CNY -1.00",
                    AccountTerms.withCreditLimit(Money.ofYuan(-1)).problems().head().message());
        }

        @Test
        void aFirstThresholdMustBePositive() {
            Seq<TermProblem> problems = AccountTerms.withCreditLimit(Money.ZERO).withSpendAlerts(Money.ZERO).problems();
            assertEquals(List.of(new TermProblem("spendAlertThresholds[0]", "CNY 0.00", "positive")), problems);
        }
    }

    @Nested
    class BillingCyclesAreMonthlyFromAStartDay {

        @Test
        void aDateBeforeTheStartDayBelongsToTheCycleThatStartedTheMonthBefore() {
            BillingCycle cycle = BillingCycle.monthlyFromDay(15);
            assertEquals(new CyclePeriod(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15)),
                    cycle.cycleOf(LocalDate.of(2026, 7, 14)));
            assertEquals(new CyclePeriod(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 15)),
                    cycle.cycleOf(LocalDate.of(2026, 7, 15)));
            assertEquals("2026-06-15..2026-07-14", cycle.cycleOf(LocalDate.of(2026, 7, 1)).toString());
        }

        @Test
        void aCycleRunsOverTheYearsEnd() {
            CyclePeriod cycle = BillingCycle.monthlyFromDay(20).cycleOf(LocalDate.of(2027, 1, 5));
            assertEquals(LocalDate.of(2026, 12, 20), cycle.start());
            assertEquals(LocalDate.of(2027, 1, 19), cycle.lastDay());
        }

        @Test
        void calendarMonths() {
            CyclePeriod february = BillingCycle.CALENDAR_MONTH.cycleOf(LocalDate.of(2028, 2, 29));
            assertEquals(new CyclePeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1)), february);
            assertEquals(LocalDate.of(2028, 2, 29), february.lastDay());
        }

        @Test
        void anInstantFallsInTheCycleOfItsLocalDateInTheAccountsZone() {
            BillingCycle cycle = BillingCycle.monthlyFromDay(15);
            Instant lateOn14thUtc = Instant.parse("2026-07-14T16:30:00Z");   // 00:30 on the 15th in Shanghai
            assertEquals(LocalDate.of(2026, 7, 15), cycle.cycleOf(lateOn14thUtc).start());
            BillingCycle utc = new BillingCycle(15, java.time.ZoneOffset.UTC);
            assertEquals(LocalDate.of(2026, 6, 15), utc.cycleOf(lateOn14thUtc).start());
        }

        @ParameterizedTest(name = "start day {0} is refused")
        @ValueSource(ints = {0, 29, 31, -1})
        void theStartDayIsOneTo28(int day) {
            assertEquals("billingCycle.startDay", BillingCycle.monthlyFromDay(day).problems().head().field());
        }
    }

    @Nested
    class EveryPostingIsAPositiveAmountWhoseKindGivesTheDirection {

        @Test
        void chargesAndDebitsRaiseTheBalanceOwedCreditsLowerIt() {
            Account a = withLimit(1_000);
            a = charge(a, "B-1", 300, day(0));
            a = pay(a, "PAY-1", 120, day(1));
            a = accepted(a.postCompensationCredit(ref("SLA-7"), Money.ofYuan(30), day(2))).state();
            a = accepted(a.postAdjustment(ref("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(50),
                    ref("B-1"), "overcharged line rental", day(3))).state();
            a = accepted(a.postAdjustment(ref("ADJ-2"), LedgerEntry.Adjustment.Direction.DEBIT, Money.ofYuan(5),
                    ref("B-1"), "undercharged call", day(4))).state();
            assertEquals(Money.ofYuan(300 - 120 - 30 - 50 + 5), a.balanceOwed());
            assertEquals(List.of(EntryKind.CHARGE, EntryKind.PAYMENT, EntryKind.COMPENSATION_CREDIT,
                    EntryKind.CREDIT_ADJUSTMENT, EntryKind.DEBIT_ADJUSTMENT), a.ledger().entries().map(LedgerEntry::kind));
        }

        @Test
        void eachPostingRaisesItsEventWithTheBalanceAfterIt() {
            Account a = charge(withLimit(1_000), "B-1", 300, day(0));
            Changed<Account, AccountEvent> paid = accepted(a.postPayment(ref("PAY-1"), Money.ofYuan(100), day(1)));
            LedgerEntry.Payment payment = new LedgerEntry.Payment(ref("PAY-1"), Money.ofYuan(100), day(1));
            assertEquals(List.of(new AccountEvent.PaymentPosted(ID, payment, Money.ofYuan(200), day(1))), paid.events());
            Changed<Account, AccountEvent> credited = accepted(paid.state().postCompensationCredit(ref("SLA-1"),
                    Money.ofYuan(10), day(2)));
            assertEquals(Money.ofYuan(190), only(credited.events(), AccountEvent.CompensationCredited.class).balanceOwed());
            Changed<Account, AccountEvent> adjusted = accepted(credited.state().postAdjustment(ref("ADJ-1"),
                    LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(40), ref("B-1"), "promotion", day(3)));
            assertEquals(ref("B-1"), only(adjusted.events(), AccountEvent.AdjustmentPosted.class).entry().corrects());
            assertEquals(Money.ofYuan(300), only(accepted(withLimit(1_000).postCharge(ref("B-1"), Money.ofYuan(300),
                    day(0))).events(), AccountEvent.ChargePosted.class).balanceOwed());
        }

        @ParameterizedTest(name = "{0} fen is refused, naming amount")
        @ValueSource(longs = {0, -1, -10_000})
        void aZeroOrNegativeAmountIsRefusedNamingTheField(long fen) {
            Account a = withLimit(100);
            for (LedgerEntry entry : List.<LedgerEntry>of(
                    new LedgerEntry.Charge(ref("B-1"), Money.ofFen(fen), day(1)),
                    new LedgerEntry.Payment(ref("P-1"), Money.ofFen(fen), day(1)),
                    new LedgerEntry.CompensationCredit(ref("SLA-1"), Money.ofFen(fen), day(1)))) {
                AccountRejection rejection = refused(a.post(entry));
                assertEquals(new AccountRejection.NotPositive("amount", Money.ofFen(fen)), rejection);
                assertTrue(rejection.message().startsWith("amount must be positive"), rejection.message());
            }
        }

        @Test
        void anAdjustmentNeedsAReasonAndAnEntryItCorrects() {
            Account a = charge(withLimit(100), "B-1", 50, day(0));
            assertEquals(new AccountRejection.Blank("reason"), refused(a.postAdjustment(ref("ADJ-1"),
                    LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(5), ref("B-1"), " ", day(1))));
            AccountRejection unknown = refused(a.postAdjustment(ref("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT,
                    Money.ofYuan(5), ref("B-9"), "wrong bill", day(1)));
            assertEquals(new AccountRejection.UnknownEntry("corrects", ref("B-9")), unknown);
            assertEquals("corrects names B-9, which is not in the ledger", unknown.message());
        }

        @Test
        void postingsAreInTimeOrder() {
            Account a = charge(withLimit(100), "B-1", 50, day(2));
            AccountRejection rejection = refused(a.postPayment(ref("P-1"), Money.ofYuan(5), day(1)));
            assertEquals(new AccountRejection.OutOfOrder("postedAt", day(1), day(2)), rejection);
            assertTrue(rejection.message().startsWith("postedAt must not be before"));
            assertEquals(Money.ofYuan(45), pay(a, "P-1", 5, day(2)).balanceOwed(), "the same instant is in order");
            assertEquals(new AccountRejection.OutOfOrder("postedAt", T0.minusSeconds(1), T0),
                    refused(withLimit(100).postCharge(ref("B-0"), Money.ofYuan(1), T0.minusSeconds(1))));
        }

        @Test
        void aCommandNeverChangesTheAccountItIsCalledOn() {
            Account a = charge(withLimit(100), "B-1", 50, day(0));
            Account copy = Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(), a.ledger().entries(), a.status()).get();
            charge(a, "B-2", 500, day(10));
            assertEquals(copy, a);
            assertEquals(1, a.ledger().size());
        }
    }

    @Nested
    class PostingIsIdempotentByReference {

        private final Account paid = pay(charge(withLimit(100), "B-1", 300, day(0)), "PAY-1", 100, day(1));

        @Test
        void theSamePaymentTwiceChangesNothingTheSecondTimeAndSaysSo() {
            AccountRejection again = refused(paid.postPayment(ref("PAY-1"), Money.ofYuan(100), day(2)));
            AccountRejection.AlreadyPosted repeat = assertInstanceOf(AccountRejection.AlreadyPosted.class, again);
            assertTrue(repeat.isRepeat());
            assertEquals(new LedgerEntry.Payment(ref("PAY-1"), Money.ofYuan(100), day(1)), repeat.posted(),
                    "the entry posted first, with its own instant");
            assertEquals("account A-0755-88001234 already has payment PAY-1 of CNY 100.00 posted at "
                    + day(1) + "; nothing was posted again", repeat.message());
            assertEquals(Money.ofYuan(200), paid.balanceOwed());
        }

        @Test
        void theSameCompensationClaimIsCreditedOnce() {
            Account credited = accepted(paid.postCompensationCredit(ref("SLA-2026-0042"), Money.ofYuan(60), day(2))).state();
            AccountRejection again = refused(credited.postCompensationCredit(ref("SLA-2026-0042"), Money.ofYuan(60), day(3)));
            assertTrue(again.isRepeat());
            assertEquals(Money.ofYuan(140), credited.balanceOwed());
        }

        @Test
        void aRepeatIsRecognisedEvenOnAClosedAccountOrOutOfOrder() {
            Account settled = pay(paid, "PAY-2", 200, day(2));
            Account closed = accepted(settled.close(day(3))).state();
            assertTrue(refused(closed.postPayment(ref("PAY-1"), Money.ofYuan(100), day(4))).isRepeat());
            assertTrue(refused(settled.postPayment(ref("PAY-1"), Money.ofYuan(100), T0)).isRepeat());
        }

        @Test
        void theSameReferenceWithAnotherAmountOrKindIsAConflict() {
            AccountRejection otherAmount = refused(paid.postPayment(ref("PAY-1"), Money.ofYuan(101), day(2)));
            assertEquals(new AccountRejection.ReferenceConflict(ID,
                    new LedgerEntry.Payment(ref("PAY-1"), Money.ofYuan(100), day(1)),
                    new LedgerEntry.Payment(ref("PAY-1"), Money.ofYuan(101), day(2))), otherAmount);
            assertFalse(otherAmount.isRepeat());
            assertTrue(otherAmount.message().contains("a correction is a new adjustment"), otherAmount.message());
            AccountRejection otherKind = refused(paid.postCompensationCredit(ref("PAY-1"), Money.ofYuan(100), day(2)));
            assertInstanceOf(AccountRejection.ReferenceConflict.class, otherKind);
            assertTrue(otherKind.message().contains("compensation credit PAY-1"), otherKind.message());
        }

        @Test
        void anAdjustmentRepeatsOnlyWithTheSameCorrectionAndReason() {
            Account adjusted = accepted(paid.postAdjustment(ref("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT,
                    Money.ofYuan(10), ref("B-1"), "goodwill", day(2))).state();
            assertTrue(refused(adjusted.postAdjustment(ref("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT,
                    Money.ofYuan(10), ref("B-1"), "goodwill", day(5))).isRepeat());
            assertInstanceOf(AccountRejection.ReferenceConflict.class, refused(adjusted.postAdjustment(ref("ADJ-1"),
                    LedgerEntry.Adjustment.Direction.DEBIT, Money.ofYuan(10), ref("B-1"), "goodwill", day(5))));
            assertInstanceOf(AccountRejection.ReferenceConflict.class, refused(adjusted.postAdjustment(ref("ADJ-1"),
                    LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(10), ref("PAY-1"), "goodwill", day(5))));
            assertInstanceOf(AccountRejection.ReferenceConflict.class, refused(adjusted.postAdjustment(ref("ADJ-1"),
                    LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(10), ref("B-1"), "other", day(5))));
        }
    }

    @Nested
    class ArrearsSuspendAndAPaymentReopensWithNoStaffStep {

        /** Limit CNY 100, grace 3 days; CNY 300 charged at day 0: over the limit since day 0, due at day 3. */
        private final Account overLimit = charge(withLimit(100), "B-1", 300, day(0));

        @Test
        void theGracePeriodRunsFromWhenTheBalanceFirstExceededTheLimit() {
            assertTrue(overLimit.isOverLimit());
            assertEquals(Option.some(day(0)), overLimit.overLimitSince());
            assertEquals(Option.some(day(3)), overLimit.arrearsDueAt());
            Account stillOver = charge(overLimit, "B-2", 10, day(1));
            assertEquals(Option.some(day(0)), stillOver.overLimitSince(), "a later charge does not restart the grace");
            Account partlyPaid = pay(stillOver, "P-1", 50, day(2));
            assertEquals(Option.some(day(0)), partlyPaid.overLimitSince(), "nor does a payment that leaves it over");
        }

        @Test
        void aReviewBeforeTheGraceEndsChangesNothingAtItsEndSuspends() {
            Changed<Account, AccountEvent> early = accepted(overLimit.reviewArrears(day(3).minusSeconds(1)));
            assertTrue(early.changedNothing());
            assertSame(overLimit, early.state());
            Changed<Account, AccountEvent> due = accepted(overLimit.reviewArrears(day(3)));
            assertEquals(AccountStatus.of(AccountState.SUSPENDED_FOR_ARREARS, day(3)), due.state().status());
            assertEquals(List.of(new AccountEvent.SuspendedForArrears(ID, OWNER, Money.ofYuan(300), Money.ofYuan(100),
                    day(0), day(3))), due.events());
        }

        @Test
        void aPostingAfterTheGraceEndsSuspendsToo() {
            Changed<Account, AccountEvent> late = accepted(overLimit.postCharge(ref("B-2"), Money.ofYuan(1), day(4)));
            assertEquals(List.of(AccountEvent.ChargePosted.class, AccountEvent.SuspendedForArrears.class),
                    late.events().map(Object::getClass));
            assertTrue(late.state().status().is(AccountState.SUSPENDED_FOR_ARREARS));
        }

        @Test
        void withNoGraceTheChargeThatExceedsTheLimitSuspends() {
            Account noGrace = Accounts.open(AccountTerms.withCreditLimit(Money.ofYuan(100))
                    .withArrearsGracePeriod(Duration.ZERO));
            Changed<Account, AccountEvent> charged = accepted(noGrace.postCharge(ref("B-1"), Money.ofYuan(101), day(1)));
            assertEquals(day(1), only(charged.events(), AccountEvent.SuspendedForArrears.class).overLimitSince());
            assertTrue(accepted(noGrace.postCharge(ref("B-1"), Money.ofYuan(100), day(1))).state()
                    .status().is(AccountState.ACTIVE), "exactly at the limit is not over it");
        }

        @Test
        void seed000APaymentThatClearsTheArrearsReopensTheAccount() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            Changed<Account, AccountEvent> partial = accepted(suspended.postPayment(ref("P-1"), Money.ofYuan(199), day(4)));
            assertTrue(partial.state().status().is(AccountState.SUSPENDED_FOR_ARREARS), "CNY 101 owed is still over");
            assertEquals(1, partial.events().size());
            Changed<Account, AccountEvent> cleared = accepted(partial.state().postPayment(ref("P-2"), Money.ofYuan(1), day(5)));
            assertEquals(AccountStatus.of(AccountState.ACTIVE, day(5)), cleared.state().status());
            assertEquals(new AccountEvent.ReopenedAfterArrears(ID, OWNER, Option.some(ref("P-2")), Money.ofYuan(100),
                    day(5)), cleared.events().last());
            assertEquals(Option.none(), cleared.state().overLimitSince());
        }

        @Test
        void anyCreditThatClearsTheArrearsReopens() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            Changed<Account, AccountEvent> compensated = accepted(suspended.postCompensationCredit(ref("SLA-1"),
                    Money.ofYuan(200), day(4)));
            assertEquals(Option.some(ref("SLA-1")),
                    only(compensated.events(), AccountEvent.ReopenedAfterArrears.class).clearedBy());
        }

        @Test
        void goingOverTheLimitAgainStartsANewGracePeriod() {
            Account reopened = pay(accepted(overLimit.reviewArrears(day(3))).state(), "P-1", 300, day(4));
            Account overAgain = charge(reopened, "B-2", 150, day(10));
            assertEquals(Option.some(day(10)), overAgain.overLimitSince());
            assertTrue(accepted(overAgain.reviewArrears(day(12))).changedNothing());
            assertTrue(accepted(overAgain.reviewArrears(day(13))).state().status().is(AccountState.SUSPENDED_FOR_ARREARS));
        }

        @Test
        void chargesAreStillPostedWhileSuspended() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            Changed<Account, AccountEvent> charged = accepted(suspended.postCharge(ref("B-2"), Money.ofYuan(20), day(4)));
            assertEquals(1, charged.events().size());
            assertEquals(Money.ofYuan(320), charged.state().balanceOwed());
            assertTrue(charged.state().status().is(AccountState.SUSPENDED_FOR_ARREARS));
        }

        @Test
        void aReviewIsDatedAfterTheAccountsLatestInstant() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            assertEquals(day(3), suspended.latestInstant());
            assertEquals(new AccountRejection.OutOfOrder("at", day(2), day(3)), refused(suspended.reviewArrears(day(2))));
        }

        @Test
        void aReviewReopensARestoredAccountWhoseArrearsAreAlreadyCleared() {
            Account restored = Account.restore(ID, OWNER, overLimit.terms(), T0,
                    List.of(new LedgerEntry.Charge(ref("B-1"), Money.ofYuan(50), day(0))),
                    AccountStatus.of(AccountState.SUSPENDED_FOR_ARREARS, day(1))).get();
            Changed<Account, AccountEvent> reviewed = accepted(restored.reviewArrears(day(2)));
            assertEquals(List.of(new AccountEvent.ReopenedAfterArrears(ID, OWNER, Option.none(), Money.ofYuan(50),
                    day(2))), reviewed.events());
        }
    }

    @Nested
    class SpendAlertsFireOncePerThresholdPerCycle {

        /** Calendar-month cycles, alerts at CNY 1,000 and 5,000. */
        private final Account alerting = Accounts.open(AccountTerms.withCreditLimit(Money.ofYuan(1_000_000))
                .withSpendAlerts(Money.ofYuan(1_000), Money.ofYuan(5_000)));
        private final CyclePeriod july = new CyclePeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1));

        @Test
        void theChargeThatReachesAThresholdRaisesItsAlert() {
            Account a = charge(alerting, "B-1", 999, day(1));
            Changed<Account, AccountEvent> reached = accepted(a.postCharge(ref("B-2"), Money.ofYuan(1), day(2)));
            assertEquals(new AccountEvent.SpendAlertRaised(ID, Money.ofYuan(1_000), july, Money.ofYuan(1_000), day(2)),
                    only(reached.events(), AccountEvent.SpendAlertRaised.class));
            Changed<Account, AccountEvent> beyond = accepted(reached.state().postCharge(ref("B-3"), Money.ofYuan(3_000),
                    day(3)));
            assertTrue(beyond.events().filter(AccountEvent.SpendAlertRaised.class::isInstance).isEmpty(),
                    "a threshold already reached in this cycle stays quiet");
        }

        @Test
        void oneChargeCanReachSeveralThresholds() {
            Changed<Account, AccountEvent> big = accepted(alerting.postCharge(ref("B-1"), Money.ofYuan(6_000), day(1)));
            assertEquals(List.of(Money.ofYuan(1_000), Money.ofYuan(5_000)), big.events()
                    .filter(AccountEvent.SpendAlertRaised.class::isInstance)
                    .map(e -> ((AccountEvent.SpendAlertRaised) e).threshold()));
        }

        @Test
        void creditsDoNotLowerTheSpendNorReArmAThreshold() {
            Account a = charge(alerting, "B-1", 1_000, day(1));
            a = accepted(a.postAdjustment(ref("ADJ-1"), LedgerEntry.Adjustment.Direction.CREDIT, Money.ofYuan(500),
                    ref("B-1"), "overcharge", day(2))).state();
            assertEquals(Money.ofYuan(1_000), a.spendIn(july));
            Changed<Account, AccountEvent> more = accepted(a.postCharge(ref("B-2"), Money.ofYuan(100), day(3)));
            assertEquals(1, more.events().size());
        }

        @Test
        void aNewCycleReArmsEveryThreshold() {
            Account a = charge(alerting, "B-1", 1_500, day(1));
            Instant august2 = Instant.parse("2026-08-02T02:00:00Z");
            Changed<Account, AccountEvent> next = accepted(a.postCharge(ref("B-2"), Money.ofYuan(1_000), august2));
            AccountEvent.SpendAlertRaised alert = only(next.events(), AccountEvent.SpendAlertRaised.class);
            assertEquals(LocalDate.of(2026, 8, 1), alert.cycle().start());
            assertEquals(Money.ofYuan(1_000), alert.spend());
            assertEquals(Money.ofYuan(1_500), next.state().spendIn(july), "July's spend is July's charges only");
        }

        @Test
        void theCycleIsThatOfThePostingsLocalDate() {
            Account a = charge(alerting, "B-1", 900, day(1));
            Instant lastMinuteOfJulyInShanghai = Instant.parse("2026-07-31T15:59:00Z");
            Instant firstMinuteOfAugust = Instant.parse("2026-07-31T16:00:00Z");
            assertEquals(1, accepted(a.postCharge(ref("B-2"), Money.ofYuan(100), lastMinuteOfJulyInShanghai))
                    .events().filter(AccountEvent.SpendAlertRaised.class::isInstance).size());
            assertEquals(0, accepted(a.postCharge(ref("B-2"), Money.ofYuan(100), firstMinuteOfAugust))
                    .events().filter(AccountEvent.SpendAlertRaised.class::isInstance).size());
        }
    }

    @Nested
    class ClosingNeedsASettledBalance {

        @Test
        void aSettledAccountCloses() {
            Account settled = pay(charge(withLimit(100), "B-1", 80, day(0)), "P-1", 80, day(1));
            Changed<Account, AccountEvent> closed = accepted(settled.close(day(2)));
            assertEquals(AccountStatus.of(AccountState.CLOSED, day(2)), closed.state().status());
            assertEquals(List.of(new AccountEvent.AccountClosed(ID, OWNER, day(2))), closed.events());
        }

        @Test
        void aDebtOrACreditIsNotSettled() {
            Account owing = charge(withLimit(100), "B-1", 80, day(0));
            assertEquals(new AccountRejection.BalanceNotSettled(ID, Money.ofYuan(80)), refused(owing.close(day(1))));
            Account inCredit = pay(owing, "P-1", 100, day(1));
            AccountRejection rejection = refused(inCredit.close(day(2)));
            assertEquals("account A-0755-88001234 cannot close: balanceOwed must be zero, was CNY -20.00",
                    rejection.message());
            Account refunded = accepted(inCredit.postAdjustment(ref("REF-1"), LedgerEntry.Adjustment.Direction.DEBIT,
                    Money.ofYuan(20), ref("P-1"), "refund of overpayment", day(3))).state();
            assertTrue(refunded.balanceOwed().isZero());
            assertTrue(accepted(refunded.close(day(4))).state().status().is(AccountState.CLOSED));
        }

        @Test
        void aClosedAccountTakesNoPostingsAndIsFinal() {
            Account closed = accepted(withLimit(100).close(day(1))).state();
            AccountRejection posting = refused(closed.postPayment(ref("P-9"), Money.ofYuan(10), day(2)));
            assertEquals(new AccountRejection.AccountIsClosed(ID, day(1), ref("P-9")), posting);
            assertTrue(posting.message().contains("takes no postings"));
            AccountRejection again = refused(closed.close(day(2)));
            assertEquals(new AccountRejection.TransitionRefused(ID, AccountState.CLOSED, AccountState.CLOSED), again);
            assertEquals("account A-0755-88001234 cannot go from closed to closed", again.message());
            assertTrue(accepted(closed.reviewArrears(day(5))).changedNothing());
        }

        @Test
        void closingIsDatedAfterTheLatestInstant() {
            Account settled = pay(charge(withLimit(100), "B-1", 80, day(1)), "P-1", 80, day(2));
            assertEquals(new AccountRejection.OutOfOrder("at", day(1), day(2)), refused(settled.close(day(1))));
        }

        @Test
        void theLifecycleTable() {
            assertTrue(AccountState.ACTIVE.canBecome(AccountState.SUSPENDED_FOR_ARREARS));
            assertTrue(AccountState.SUSPENDED_FOR_ARREARS.canBecome(AccountState.ACTIVE));
            assertTrue(AccountState.SUSPENDED_FOR_ARREARS.canBecome(AccountState.CLOSED));
            assertFalse(AccountState.ACTIVE.canBecome(AccountState.ACTIVE));
            for (AccountState next : AccountState.values()) {
                assertFalse(AccountState.CLOSED.canBecome(next));
            }
        }
    }

    @Nested
    class RestorationRunsNoRules {

        @Test
        void restoringTheAccessorsGivesTheSameAccountAndNoEvents() {
            Account a = accepted(charge(withLimit(100), "B-1", 300, day(0)).reviewArrears(day(3))).state();
            Account restored = Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(), a.ledger().entries(),
                    a.status()).get();
            assertEquals(a, restored);
            assertEquals(a.hashCode(), restored.hashCode());
            assertEquals(a.balanceOwed(), restored.balanceOwed());
            assertEquals(a.overLimitSince(), restored.overLimitSince());
            assertEquals(a.ledger().find(ref("B-1")), restored.ledger().find(ref("B-1")));
        }

        @Test
        void restoringRefusesInvalidTerms() {
            AccountTerms invalid = AccountTerms.withCreditLimit(Money.ofYuan(-5));
            RestoreError refused = Account.restore(ID, OWNER, invalid, T0, List.empty(),
                    AccountStatus.of(AccountState.ACTIVE, T0)).getLeft();
            assertEquals("account", refused.aggregate());
            assertTrue(refused.message().contains("terms.creditLimit: must be zero or more"), refused.message());
        }

        private RestoreError refusedLedger(AccountStatus status, LedgerEntry... entries) {
            return Account.restore(ID, OWNER, withLimit(100).terms(), T0, List.of(entries), status).getLeft();
        }

        private LedgerEntry payment(String reference, long yuan, Instant at) {
            return new LedgerEntry.Payment(ref(reference), Money.ofYuan(yuan), at);
        }

        @Test
        void restoringRefusesALedgerNoCommandsCouldHaveWritten() {
            AccountStatus active = AccountStatus.of(AccountState.ACTIVE, T0);
            assertEquals(List.of("entries[1]: the reference P-1 is already used by entries[0]"),
                    refusedLedger(active, payment("P-1", 10, day(0)), payment("P-1", 10, day(1))).messages());
            assertEquals(List.of("entries[0].amount: must be positive, was -10.00"),
                    refusedLedger(active, payment("P-1", -10, day(0))).messages());
            assertEquals(List.of("entries[1].postedAt: " + day(0) + " is before " + day(1) + " (the entry before it)"),
                    refusedLedger(active, payment("P-1", 10, day(1)), payment("P-2", 10, day(0))).messages());
            assertEquals(List.of("entries[0].postedAt: " + T0.minusSeconds(1) + " is before " + T0 + " (the opening)"),
                    refusedLedger(active, payment("P-1", 10, T0.minusSeconds(1))).messages());
            assertEquals(List.of("entries[0].corrects: B-9 is not an earlier entry"),
                    refusedLedger(active, new LedgerEntry.Adjustment(ref("A-1"), LedgerEntry.Adjustment.Direction.CREDIT,
                            Money.ofYuan(1), ref("B-9"), "typo", day(0))).messages());
            assertEquals(List.of("status: a closed account owes nothing, this one's balance owed is -10.00"),
                    refusedLedger(AccountStatus.of(AccountState.CLOSED, day(2)), payment("P-1", 10, day(0))).messages());
            assertEquals(List.of("entries[1]: the balance owed would be beyond the largest amount",
                            "entries[1]: the spend of the billing cycle 2026-07-01..2026-07-31 would be beyond the"
                                    + " largest amount"),
                    refusedLedger(active, new LedgerEntry.Charge(ref("B-1"), Money.MAX, day(0)),
                            new LedgerEntry.Charge(ref("B-2"), Money.MAX, day(0))).messages());
        }

        @Test
        void restoringRefusesACycleWhoseSpendIsBeyondTheLargestAmountThoughTheBalanceFits() {
            AccountStatus active = AccountStatus.of(AccountState.ACTIVE, T0);
            LedgerEntry largest = new LedgerEntry.Charge(ref("B-1"), Money.MAX, day(0));
            LedgerEntry paid = new LedgerEntry.Payment(ref("P-1"), Money.MAX, day(1));
            // owed: one fen; July's spend: one fen beyond the largest amount
            assertEquals(List.of("entries[2]: the spend of the billing cycle 2026-07-01..2026-07-31 would be beyond"
                            + " the largest amount"),
                    refusedLedger(active, largest, paid, new LedgerEntry.Charge(ref("B-2"), Money.ofFen(1), day(2)),
                            new LedgerEntry.Charge(ref("B-3"), Money.ofFen(1), day(3))).messages(),
                    "named once, at the entry that passes it");
            // the same charges in two cycles: each cycle's spend is an amount
            Account restored = Account.restore(ID, OWNER, withLimit(100).terms(), T0, List.of(largest, paid,
                    new LedgerEntry.Charge(ref("B-2"), Money.ofFen(1), day(31))), active).get();
            assertEquals(Money.MAX, restored.spendIn(restored.terms().billingCycle().cycleOf(day(0))));
            assertEquals(Money.ofFen(1), restored.spendIn(restored.terms().billingCycle().cycleOf(day(31))));
        }

        @Test
        void restoringFromAVerifiedPrefixChecksTheChainOfWhatFollows() {
            Account a = charge(charge(charge(withLimit(100), "B-1", 10, day(0)), "B-2", 20, day(1)), "B-3", 30, day(2));
            Ledger prefix = a.ledger().prefix(1);
            assertEquals(1, prefix.size());
            assertEquals(a.ledger().seals().take(1), prefix.seals());
            Seq<LedgerEntry> more = a.ledger().entries().drop(1);
            Seq<LedgerSeal> moreSeals = a.ledger().seals().drop(1);
            assertEquals(a, Account.restore(ID, OWNER, a.terms(), T0, prefix, more, moreSeals, a.status()).get());
            LedgerEntry altered = new LedgerEntry.Charge(ref("B-3"), Money.ofYuan(3), day(2));
            RestoreError refused = Account.restore(ID, OWNER, a.terms(), T0, prefix, more.update(1, altered),
                    moreSeals, a.status()).getLeft();
            assertEquals(List.of("entries[2].hash"), refused.problems().map(FieldProblem::field));
            RestoreError gap = Account.restore(ID, OWNER, a.terms(), T0, prefix, more.drop(1), moreSeals.drop(1),
                    a.status()).getLeft();
            assertEquals(List.of("entries[1].sequence"), gap.problems().map(FieldProblem::field));
        }

        @Test
        void everyProblemIsNamedAtOnce() {
            RestoreError refused = refusedLedger(AccountStatus.of(AccountState.ACTIVE, T0),
                    payment("P-1", 10, day(1)), payment("P-1", 10, day(0)));
            assertEquals(2, refused.problems().size(), refused.message());
        }

        @Test
        void theToStringSaysStateAndBalance() {
            Account a = charge(withLimit(100), "B-1", 30, day(0));
            assertEquals("Account[A-0755-88001234 of C-440300-000123, active since " + T0
                    + ", balance owed CNY 30.00, limit CNY 100.00, 1 entries]", a.toString());
            assertEquals("Ledger[1 entries, balance owed CNY 30.00]", a.ledger().toString());
        }
    }
}
