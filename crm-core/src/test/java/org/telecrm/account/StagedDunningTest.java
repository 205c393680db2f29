package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.Changed;
import org.telecrm.kernel.RestoreError;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

/**
 * Staged dunning (催缴): reminder, grace period, partial suspension (单停), suspension (双停), each at its delay from
 * the start of the over-limit run; re-opening on payment (rules.md section 7); payment plans.
 */
class StagedDunningTest {

    /** Limit CNY 100, 3 days' grace, the sample staged schedule: reminder day 1, 单停 day 3, 双停 day 10. */
    private static final AccountTerms STAGED = AccountTerms.withCreditLimit(Money.ofYuan(100))
            .withDunning(DunningSchedule.SAMPLE_STAGED);

    /** CNY 300 charged at day 0: over the limit since day 0. */
    private final Account overLimit = charge(Accounts.open(STAGED), "B-1", 300, day(0));

    private static Seq<Class<?>> kinds(Changed<Account, AccountEvent> changed) {
        return changed.events().map(Object::getClass);
    }

    private static AccountState stateAfterReview(Account account, Instant at) {
        return accepted(account.reviewArrears(at)).state().status().state();
    }

    @Nested
    class EachStepFallsDueAtItsDelayFromTheStartOfTheArrears {

        @Test
        void theSampleScheduleRemindsOnDay1PartlySuspendsOnDay3AndSuspendsOnDay10() {
            assertEquals(AccountState.ACTIVE, stateAfterReview(overLimit, day(1).minusSeconds(1)));
            Changed<Account, AccountEvent> reminded = accepted(overLimit.reviewArrears(day(1)));
            assertEquals(List.of(new AccountEvent.RemindedOfArrears(ID, OWNER, Money.ofYuan(300), Money.ofYuan(100),
                    day(0), day(1))), reminded.events());
            assertEquals(AccountStatus.of(AccountState.REMINDED, day(1)), reminded.state().status());
            assertTrue(accepted(reminded.state().reviewArrears(day(2))).changedNothing(), "reminded once");
            Changed<Account, AccountEvent> partial = accepted(reminded.state().reviewArrears(day(3)));
            assertEquals(List.of(AccountEvent.PartiallySuspendedForArrears.class), kinds(partial));
            assertTrue(partial.state().status().state().isRestricted());
            assertEquals(Option.some(day(10)), partial.state().suspensionDueAt());
            assertTrue(accepted(partial.state().reviewArrears(day(10).minusSeconds(1))).changedNothing());
            Changed<Account, AccountEvent> suspended = accepted(partial.state().reviewArrears(day(10)));
            assertEquals(List.of(new AccountEvent.SuspendedForArrears(ID, OWNER, Money.ofYuan(300), Money.ofYuan(100),
                    day(0), day(10))), suspended.events());
        }

        @Test
        void aReviewAfterSeveralDelaysTakesOnlyTheLatestStepDue() {
            Changed<Account, AccountEvent> late = accepted(overLimit.reviewArrears(day(11)));
            assertEquals(List.of(AccountEvent.SuspendedForArrears.class), kinds(late));
            assertEquals(AccountState.PARTIALLY_SUSPENDED, stateAfterReview(overLimit, day(5)));
        }

        @Test
        void theDefaultScheduleIsOneStepSuspensionWhenTheGraceEnds() {
            assertEquals(DunningSchedule.SINGLE_STEP, AccountTerms.withCreditLimit(Money.ZERO).dunning());
            Account single = charge(Accounts.withLimit(100), "B-1", 300, day(0));
            assertEquals(AccountState.ACTIVE, stateAfterReview(single, day(3).minusSeconds(1)));
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, stateAfterReview(single, day(3)));
        }

        @Test
        void aKeyAccountsContractMayGiveItsOwnSchedule() {
            AccountTerms contract = AccountTerms.withCreditLimit(Money.ofYuan(100))
                    .withArrearsGracePeriod(Duration.ofDays(15))
                    .withDunning(DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ZERO)
                            .withPartialSuspensionFor(Duration.ofDays(15)));
            Changed<Account, AccountEvent> charged = accepted(Accounts.open(contract)
                    .postCharge(ref("B-1"), Money.ofYuan(300), day(0)));
            assertEquals(List.of(AccountEvent.ChargePosted.class, AccountEvent.RemindedOfArrears.class), kinds(charged));
            assertEquals(AccountState.REMINDED, stateAfterReview(charged.state(), day(14)));
            assertEquals(AccountState.PARTIALLY_SUSPENDED, stateAfterReview(charged.state(), day(15)));
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, stateAfterReview(charged.state(), day(30)));
        }

        @Test
        void aScheduleWhoseStepsDoNotFitTheGraceIsRefusedNamingTheField() {
            AccountTerms bad = AccountTerms.withCreditLimit(Money.ZERO).withDunning(
                    new DunningSchedule(Option.some(Duration.ofDays(3)), Option.some(Duration.ZERO)));
            AccountRejection.InvalidTerms invalid = assertInstanceOf(AccountRejection.InvalidTerms.class,
                    refused(Account.open(ID, OWNER, bad, T0)));
            assertEquals(List.of("dunning.reminderAfter", "dunning.partialSuspensionFor"),
                    invalid.problems().map(TermProblem::field));
        }
    }

    @Nested
    class Section7APaymentThatClearsTheArrearsReopensWithNoStaffStep {

        @Test
        void fromAPartialSuspension() {
            Account partial = accepted(overLimit.reviewArrears(day(4))).state();
            Changed<Account, AccountEvent> paid = accepted(partial.postPayment(ref("P-1"), Money.ofYuan(200), day(5)));
            assertEquals(new AccountEvent.ReopenedAfterArrears(ID, OWNER, Option.some(ref("P-1")), Money.ofYuan(100),
                    day(5)), paid.events().last());
            assertEquals(AccountStatus.of(AccountState.ACTIVE, day(5)), paid.state().status());
        }

        @Test
        void aRemindedAccountsArrearsClearWithNothingToRestore() {
            Account reminded = accepted(overLimit.reviewArrears(day(2))).state();
            Changed<Account, AccountEvent> paid = accepted(reminded.postPayment(ref("P-1"), Money.ofYuan(250), day(2)));
            assertEquals(new AccountEvent.ArrearsCleared(ID, OWNER, Option.some(ref("P-1")), Money.ofYuan(50), day(2)),
                    paid.events().last());
            assertEquals(AccountState.ACTIVE, paid.state().status().state());
        }

        @Test
        void aPaymentShortOfTheLimitLeavesTheStageAndTheClock() {
            Account partial = accepted(overLimit.reviewArrears(day(4))).state();
            Account short_ = pay(partial, "P-1", 150, day(5));
            assertEquals(AccountState.PARTIALLY_SUSPENDED, short_.status().state());
            assertEquals(Option.some(day(0)), short_.overLimitSince());
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, stateAfterReview(short_, day(10)));
        }
    }

    @Nested
    class APaymentPlanHoldsDunningWhileItsInstalmentsArePaid {

        private final Seq<PaymentPlan.Instalment> twoInstalments = List.of(
                new PaymentPlan.Instalment(day(5), Money.ofYuan(100)),
                new PaymentPlan.Instalment(day(12), Money.ofYuan(100)));

        private Account planned() {
            Account reminded = accepted(overLimit.reviewArrears(day(2))).state();
            return accepted(reminded.agreePaymentPlan(ref("PLAN-1"), twoInstalments, day(2))).state();
        }

        @Test
        void agreedPlansAreHeldAndAnnounced() {
            Account reminded = accepted(overLimit.reviewArrears(day(2))).state();
            Changed<Account, AccountEvent> agreed = accepted(reminded.agreePaymentPlan(ref("PLAN-1"), twoInstalments,
                    day(2)));
            PaymentPlan plan = PaymentPlan.of(ref("PLAN-1"), day(2), twoInstalments);
            assertEquals(List.of(new AccountEvent.PaymentPlanAgreed(ID, OWNER, plan, Money.ofYuan(300), day(2))),
                    agreed.events());
            assertEquals(Option.some(plan), agreed.state().paymentPlan());
            assertEquals(day(2), agreed.state().latestInstant());
        }

        @Test
        void keptInstalmentsHoldTheStagePastItsDelays() {
            Account kept = pay(planned(), "P-1", 100, day(5));
            assertEquals(AccountState.REMINDED, stateAfterReview(kept, day(11)), "day 3's 单停 and day 10's 双停 held");
            Changed<Account, AccountEvent> last = accepted(kept.postPayment(ref("P-2"), Money.ofYuan(100), day(12)));
            assertEquals(List.of(AccountEvent.PaymentPosted.class, AccountEvent.PaymentPlanFulfilled.class,
                    AccountEvent.ArrearsCleared.class), kinds(last));
            assertEquals(Option.none(), last.state().paymentPlan());
            assertEquals(AccountState.ACTIVE, last.state().status().state());
        }

        @Test
        void aMissedInstalmentBreaksThePlanAndDunningResumesAtTheStepDue() {
            Account missed = pay(planned(), "P-1", 99, day(5));
            Changed<Account, AccountEvent> reviewed = accepted(missed.reviewArrears(day(6)));
            assertEquals(List.of(new AccountEvent.PaymentPlanBroken(ID, OWNER, ref("PLAN-1"),
                    twoInstalments.head(), day(6)), new AccountEvent.PartiallySuspendedForArrears(ID, OWNER,
                    Money.ofYuan(201), Money.ofYuan(100), day(0), day(6))), reviewed.events());
            assertEquals(Option.none(), reviewed.state().paymentPlan());
        }

        @Test
        void aPaymentAfterTheDueInstantDoesNotMakeUpForAMissedInstalment() {
            Account late = pay(planned(), "P-1", 100, day(5).plusSeconds(1));
            assertEquals(AccountState.PARTIALLY_SUSPENDED, late.status().state());
            assertEquals(Option.none(), late.paymentPlan());
        }

        @Test
        void aPlanKeptToItsEndWithTheArrearsStillThereLapses() {
            Account charged = charge(planned(), "B-2", 50, day(3));
            Account kept = pay(pay(charged, "P-1", 100, day(5)), "P-2", 100, day(12));
            assertEquals(AccountState.REMINDED, kept.status().state());
            Changed<Account, AccountEvent> reviewed = accepted(kept.reviewArrears(day(13)));
            assertEquals(List.of(AccountEvent.PaymentPlanLapsed.class, AccountEvent.SuspendedForArrears.class),
                    kinds(reviewed));
        }

        @Test
        void aPlanIsForArrearsOneAtATimeAndCoversTheAmountAboveTheLimit() {
            Account within = Accounts.open(STAGED);
            assertEquals(new AccountRejection.NotOverLimit(ID, Money.ZERO, Money.ofYuan(100)),
                    refused(within.agreePaymentPlan(ref("PLAN-1"), twoInstalments, day(1))));
            assertEquals(new AccountRejection.PaymentPlanInForce(ID, ref("PLAN-1")),
                    refused(planned().agreePaymentPlan(ref("PLAN-2"), twoInstalments, day(3))));
            AccountRejection.InvalidPaymentPlan tooSmall = assertInstanceOf(AccountRejection.InvalidPaymentPlan.class,
                    refused(overLimit.agreePaymentPlan(ref("PLAN-1"), twoInstalments.take(1), day(1))));
            assertEquals("the payment plan is invalid: instalments must be at least the amount above the credit"
                    + " limit, CNY 200.00, was a total of CNY 100.00", tooSmall.message());
            AccountRejection.InvalidPaymentPlan disordered = assertInstanceOf(AccountRejection.InvalidPaymentPlan.class,
                    refused(overLimit.agreePaymentPlan(ref("PLAN-1"), twoInstalments.reverse()
                            .prepend(new PaymentPlan.Instalment(day(1), Money.ZERO)), day(1))));
            assertEquals(List.of("instalments[0].amount", "instalments[0].dueAt", "instalments[2].dueAt"),
                    disordered.problems().map(TermProblem::field));
        }

        @Test
        void aRestoredPlanIsCheckedAndKept() {
            Account planned = planned();
            Account back = Account.restore(ID, OWNER, planned.terms(), planned.openedAt(), Ledger.empty(),
                    planned.ledger().entries(), planned.ledger().seals(), planned.status(), planned.creditLimitSince(),
                    planned.paymentPlan()).get();
            assertEquals(planned, back);
            RestoreError error = Account.restore(ID, OWNER, planned.terms(), planned.openedAt(), Ledger.empty(),
                    planned.ledger().entries(), planned.ledger().seals(), planned.status(), T0.minusSeconds(1),
                    Option.some(PaymentPlan.of(ref("PLAN-9"), day(2), List.empty()))).getLeft();
            assertEquals(List.of("creditLimitSince", "plan.instalments"), error.problems().map(p -> p.field()));
        }
    }

    @Test
    void noStepOfDunningIsTakenWhileTheBalanceIsWithinTheLimit() {
        Account atTheLimit = charge(Accounts.open(STAGED), "B-1", 100, day(0));
        for (int d = 0; d <= 30; d++) {
            assertEquals(AccountState.ACTIVE, stateAfterReview(atTheLimit, day(d)));
        }
        assertFalse(atTheLimit.isOverLimit());
    }
}
