package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.accepted;
import static org.telecrm.account.Accounts.charge;
import static org.telecrm.account.Accounts.day;
import static org.telecrm.account.Accounts.pay;
import static org.telecrm.account.Accounts.refused;

/** Changes of an account's credit limit, spend-alert thresholds and dunning schedule after opening, as commands. */
class TermChangesTest {

    /** Limit CNY 100, 3 days' grace; CNY 300 charged at day 0. */
    private final Account overLimit = charge(Accounts.withLimit(100), "B-1", 300, day(0));

    @Nested
    class TheCreditLimitChangesByCommand {

        @Test
        void aChangeIsAnnouncedWithBeforeAndAfter() {
            Changed<Account, AccountEvent> raised = accepted(Accounts.withLimit(100).changeCreditLimit(
                    Money.ofYuan(500), day(1)));
            assertEquals(List.of(new AccountEvent.CreditLimitChanged(ID, OWNER, Money.ofYuan(100), Money.ofYuan(500),
                    day(1))), raised.events());
            assertEquals(Money.ofYuan(500), raised.state().terms().creditLimit());
            assertEquals(day(1), raised.state().creditLimitSince());
            assertEquals(day(1), raised.state().latestInstant());
        }

        @Test
        void aLimitTheBalanceIsNowWithinReopensASuspendedAccountOnItsOwn() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            Changed<Account, AccountEvent> raised = accepted(suspended.changeCreditLimit(Money.ofYuan(300), day(4)));
            assertEquals(List.of(AccountEvent.CreditLimitChanged.class, AccountEvent.ReopenedAfterArrears.class),
                    raised.events().map(Object::getClass));
            assertEquals(AccountState.ACTIVE, raised.state().status().state());
        }

        @Test
        void aLowerLimitGivesANewGracePeriodNotAnImmediateSuspension() {
            Account within = charge(Accounts.withLimit(500), "B-1", 400, day(0));
            Account lowered = accepted(within.changeCreditLimit(Money.ofYuan(300), day(30))).state();
            assertEquals(Option.some(day(30)), lowered.overLimitSince(), "not day 0, when the CNY 400 was charged");
            assertEquals(AccountState.ACTIVE, lowered.status().state());
            assertEquals(AccountState.ACTIVE, accepted(lowered.reviewArrears(day(33).minusSeconds(1))).state()
                    .status().state());
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, accepted(lowered.reviewArrears(day(33))).state()
                    .status().state());
        }

        @Test
        void aLimitStillBelowTheBalanceKeepsTheStageReached() {
            Account suspended = accepted(overLimit.reviewArrears(day(3))).state();
            Account raised = accepted(suspended.changeCreditLimit(Money.ofYuan(200), day(4))).state();
            assertEquals(AccountState.SUSPENDED_FOR_ARREARS, raised.status().state());
            assertEquals(AccountState.ACTIVE, pay(raised, "P-1", 100, day(5)).status().state(), "CNY 200 is within");
        }

        @Test
        void theSameLimitChangesNothingAndABadOneIsRefused() {
            assertTrue(accepted(overLimit.changeCreditLimit(Money.ofYuan(100), day(1))).changedNothing());
            assertEquals("the account terms are invalid: creditLimit must be zero or more, was CNY -1.00",
                    refused(overLimit.changeCreditLimit(Money.ofYuan(-1), day(1))).message());
            assertEquals(new AccountRejection.OutOfOrder("at", day(-1), day(0)),
                    refused(overLimit.changeCreditLimit(Money.ofYuan(200), day(-1))));
            Account closed = accepted(pay(overLimit, "P-1", 300, day(1)).close(day(1))).state();
            assertEquals(new AccountRejection.TermsOfClosedAccount(ID, day(1), "changeCreditLimit"),
                    refused(closed.changeCreditLimit(Money.ofYuan(200), day(2))));
            assertEquals("account " + ID + " was closed at " + day(1) + " and its terms no longer change; refused"
                    + " changeCreditLimit", refused(closed.changeCreditLimit(Money.ofYuan(200), day(2))).message());
            assertEquals(new AccountRejection.TermsOfClosedAccount(ID, day(1), "changeSpendAlertThresholds"),
                    refused(closed.changeSpendAlertThresholds(List.of(Money.ofYuan(50)), day(2))));
            assertEquals(new AccountRejection.TermsOfClosedAccount(ID, day(1), "changeDunningSchedule"),
                    refused(closed.changeDunningSchedule(DunningSchedule.SAMPLE_STAGED, day(2))));
        }
    }

    @Nested
    class SpendAlertThresholdsChangeByCommand {

        @Test
        void newThresholdsAlertTheChargesFromThenOn() {
            Account account = charge(Accounts.withLimit(10_000), "B-1", 300, day(0));
            Changed<Account, AccountEvent> changed = accepted(account.changeSpendAlertThresholds(
                    List.of(Money.ofYuan(200), Money.ofYuan(500)), day(1)));
            assertEquals(List.of(new AccountEvent.SpendAlertThresholdsChanged(ID, List.empty(),
                    List.of(Money.ofYuan(200), Money.ofYuan(500)), day(1))), changed.events());
            Changed<Account, AccountEvent> charged = accepted(changed.state().postCharge(Accounts.ref("B-2"),
                    Money.ofYuan(250), day(2)));
            AccountEvent.SpendAlertRaised alert = (AccountEvent.SpendAlertRaised) charged.events().last();
            assertEquals(Money.ofYuan(500), alert.threshold(), "CNY 200 was passed before the change: no alert");
        }

        @Test
        void thresholdsMustBePositiveAndRising() {
            AccountRejection.InvalidTerms invalid = assertInstanceOf(AccountRejection.InvalidTerms.class,
                    refused(overLimit.changeSpendAlertThresholds(List.of(Money.ofYuan(5), Money.ofYuan(5)), day(1))));
            assertEquals(List.of("spendAlertThresholds[1]"), invalid.problems().map(TermProblem::field));
            assertTrue(accepted(overLimit.changeSpendAlertThresholds(List.empty(), day(1))).changedNothing());
        }
    }

    @Nested
    class TheDunningScheduleChangesByCommand {

        @Test
        void aStepTheNewScheduleHasDueIsTakenAtOnce() {
            Changed<Account, AccountEvent> staged = accepted(overLimit.changeDunningSchedule(
                    DunningSchedule.SAMPLE_STAGED, day(2)));
            assertEquals(List.of(new AccountEvent.DunningScheduleChanged(ID, DunningSchedule.SINGLE_STEP,
                    DunningSchedule.SAMPLE_STAGED, day(2)), new AccountEvent.RemindedOfArrears(ID, OWNER,
                    Money.ofYuan(300), Money.ofYuan(100), day(0), day(2))), staged.events());
            assertEquals(day(0), staged.state().overLimitSince().get(), "the grace period keeps running");
        }

        @Test
        void stepsThatDoNotFitTheGracePeriodAreRefused() {
            assertInstanceOf(AccountRejection.InvalidTerms.class, refused(overLimit.changeDunningSchedule(
                    DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ofDays(3)), day(1))));
        }
    }
}
