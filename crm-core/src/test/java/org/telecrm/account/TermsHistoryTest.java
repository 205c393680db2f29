package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.accepted;
import static org.telecrm.account.Accounts.day;

/**
 * Every change of the credit limit, the spend-alert thresholds and the dunning schedule is dated: the command takes
 * the instant, the event and the account's terms history carry it, and the terms as of a past instant are readable.
 */
class TermsHistoryTest {

    /** Limit 100 at day 0; 500 at day 2; alerts at 1000 and 5000 at day 3; the staged schedule at day 5. */
    static Account changed() {
        Account opened = Accounts.withLimit(100);
        return accepted(opened.changeCreditLimit(Money.ofYuan(500), day(2))
                .flatMap(c -> c.state().changeSpendAlertThresholds(List.of(Money.ofYuan(1000), Money.ofYuan(5000)),
                        day(3)))
                .flatMap(c -> c.state().changeDunningSchedule(DunningSchedule.SAMPLE_STAGED, day(5)))).state();
    }

    @Test
    void everyChangeIsKeptDatedWithItsValueBeforeAndAfter() {
        Account account = changed();
        AccountTerms opening = Accounts.withLimit(100).terms();
        assertEquals(List.of(
                new TermsChange.CreditLimitChange(Money.ofYuan(100), Money.ofYuan(500), day(2)),
                new TermsChange.SpendAlertsChange(List.empty(), List.of(Money.ofYuan(1000), Money.ofYuan(5000)), day(3)),
                new TermsChange.DunningScheduleChange(opening.dunning(), DunningSchedule.SAMPLE_STAGED, day(5))),
                account.termsHistory());
        assertEquals(List.of("creditLimit", "spendAlertThresholds", "dunning"),
                account.termsHistory().map(TermsChange::aspect));
        assertEquals(Accounts.withLimit(100).termsHistory(), List.empty());
    }

    @Test
    void theTermsAsOfAPastInstantAreThoseInForceThen() {
        Account account = changed();
        AccountTerms opening = Accounts.withLimit(100).terms();
        assertEquals(Option.none(), account.termsAsOf(day(0).minusNanos(1)), "before the opening");
        assertEquals(Option.some(opening), account.termsAsOf(day(0)));
        assertEquals(Option.some(opening), account.termsAsOf(day(2).minusNanos(1)));
        assertEquals(Option.some(opening.withLimit(Money.ofYuan(500))), account.termsAsOf(day(2)), "from its instant");
        assertEquals(Option.some(opening.withLimit(Money.ofYuan(500)).withSpendAlerts(Money.ofYuan(1000),
                Money.ofYuan(5000))), account.termsAsOf(day(4)));
        assertEquals(Option.some(account.terms()), account.termsAsOf(day(5)));
        assertEquals(Option.some(account.terms()), account.termsAsOf(day(400)));
    }

    @Test
    void theSameTermsAgainAndARefusedChangeAreNotKept() {
        Account account = changed();
        assertEquals(account, accepted(account.changeCreditLimit(Money.ofYuan(500), day(6))).state());
        assertTrue(account.changeCreditLimit(Money.ofYuan(-1), day(6)).isLeft());
        assertTrue(account.changeCreditLimit(Money.ofYuan(600), day(4)).isLeft(), "out of order");
        assertEquals(3, account.termsHistory().size());
    }

    @Test
    void theEventsCarryTheInstantsTheHistoryKeeps() {
        Account opened = Accounts.withLimit(100);
        Seq<AccountEvent> events = accepted(opened.changeCreditLimit(Money.ofYuan(500), day(2))).events();
        assertEquals(new AccountEvent.CreditLimitChanged(ID, OWNER, Money.ofYuan(100), Money.ofYuan(500), day(2)),
                events.head());
    }

    @Test
    void anAccountRestoresWithItsHistoryAndAHistoryThatDoesNotLeadToItsTermsIsRefused() {
        Account a = changed();
        assertEquals(a, restore(a, a.termsHistory(), a.creditLimitSince()).get());
        assertEquals(a.termsAsOf(day(3)), restore(a, a.termsHistory(), a.creditLimitSince()).get().termsAsOf(day(3)));
        // stored before histories were kept: the current terms back to the opening
        Account legacy = restore(a, List.empty(), a.creditLimitSince()).get();
        assertEquals(Option.some(a.terms()), legacy.termsAsOf(day(0)));
        Seq<TermsChange> h = a.termsHistory();
        assertTrue(message(a, h.reverse(), a.creditLimitSince()).contains("changes must be in the order made"));
        assertTrue(message(a, h.update(2, new TermsChange.DunningScheduleChange(DunningSchedule.SAMPLE_STAGED,
                DunningSchedule.SINGLE_STEP, day(5))), a.creditLimitSince()).contains("the last one end at the current terms"));
        // a history kept from a later point on (the changes before it unknown) still reads back
        assertTrue(restore(a, h.tail(), day(0)).isRight());
        assertTrue(message(a, h.update(0, new TermsChange.CreditLimitChange(Money.ofYuan(100), Money.ofYuan(400),
                day(2))), a.creditLimitSince()).contains("each change must start from the value"));
        assertTrue(message(a, h.update(1, new TermsChange.SpendAlertsChange(List.empty(), List.of(Money.ofYuan(999)),
                day(3))), a.creditLimitSince()).contains("each change must start from the value"));
        assertTrue(message(a, h, day(1)).contains("the last change of the limit, at " + day(2)));
        assertTrue(message(a, h.prepend(new TermsChange.CreditLimitChange(Money.ofYuan(50), Money.ofYuan(100),
                day(-1))), a.creditLimitSince()).contains("before the opening"));
    }

    @Test
    void aClosedAccountsTermsDoNotChangeAfterItsClosing() {
        Account a = changed();
        Account closed = accepted(a.close(day(6))).state();
        Seq<TermsChange> late = a.termsHistory().append(new TermsChange.CreditLimitChange(Money.ofYuan(500),
                Money.ofYuan(700), day(7)));
        assertEquals(closed, restore(closed, closed.termsHistory(), closed.creditLimitSince()).get(),
                "changes before the closing are kept");
        String problems = Account.restore(closed.getId(), closed.owner(), closed.terms().withLimit(Money.ofYuan(700)),
                closed.openedAt(), Ledger.empty(), List.empty(), List.empty(), closed.status(), day(7), Option.none(),
                late).getLeft().message();
        assertTrue(problems.contains("a closed account's terms do not change after its closing"), problems);
    }

    private static io.vavr.control.Either<org.telecrm.kernel.RestoreError, Account> restore(
            Account a, Seq<TermsChange> history, Instant limitSince) {
        return Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(), Ledger.empty(), a.ledger().entries(),
                a.ledger().seals(), a.status(), limitSince, a.paymentPlan(), history);
    }

    private static String message(Account a, Seq<TermsChange> history, Instant limitSince) {
        return restore(a, history, limitSince).getLeft().message();
    }
}
