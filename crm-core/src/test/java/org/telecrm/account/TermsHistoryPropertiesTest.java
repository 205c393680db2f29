package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Invariant: for any sequence of term changes (limit, alerts, schedule) among charges and payments, the terms as of
 * any instant equal the opening's terms with the change events raised by then replayed over them, in order; the
 * history holds one change per change event, dated as its event; and an account restored with its history is equal to
 * it.
 */
class TermsHistoryPropertiesTest {

    record Step(int kind, int value, int hoursLater) {
    }

    @Property(tries = 300)
    void theTermsAsOfAnInstantAreTheOpeningsWithTheChangesMadeByThenReplayed(@ForAll("steps") java.util.List<Step> steps,
                                                                           @ForAll("probes") int probeHours) {
        Account account = Accounts.withLimit(100);
        AccountTerms opening = account.terms();
        Seq<AccountEvent> events = List.empty();
        Instant at = Accounts.day(0);
        int n = 0;
        for (Step s : steps) {
            at = at.plus(Duration.ofHours(s.hoursLater()));
            Money amount = Money.ofYuan(s.value());
            var result = switch (s.kind()) {
                case 0 -> account.changeCreditLimit(amount, at);
                case 1 -> account.changeSpendAlertThresholds(s.value() == 0 ? List.empty() : List.of(amount), at);
                case 2 -> account.changeDunningSchedule(s.value() % 2 == 0 ? DunningSchedule.SINGLE_STEP
                        : DunningSchedule.SAMPLE_STAGED, at);
                case 3 -> account.postCharge(EntryReference.of("B-" + n), Money.ofYuan(s.value() + 1), at);
                default -> account.postPayment(EntryReference.of("P-" + n), Money.ofYuan(s.value() + 1), at);
            };
            n++;
            if (result.isRight()) {
                Changed<Account, AccountEvent> c = result.get();
                account = c.state();
                events = events.appendAll(c.events());
            }
        }
        Instant probe = Accounts.day(0).plus(Duration.ofHours(probeHours));
        AccountTerms replayed = events.filter(e -> !e.occurredAt().isAfter(probe)).foldLeft(opening,
                TermsHistoryPropertiesTest::replay);
        assertEquals(probe.isBefore(account.openedAt()) ? Option.none() : Option.some(replayed), account.termsAsOf(probe));
        Seq<AccountEvent> changes = events.filter(e -> e instanceof AccountEvent.CreditLimitChanged
                || e instanceof AccountEvent.SpendAlertThresholdsChanged || e instanceof AccountEvent.DunningScheduleChanged);
        assertEquals(changes.map(AccountEvent::occurredAt), account.termsHistory().map(TermsChange::at));
        Account a = account;
        assertEquals(a, Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(), Ledger.empty(),
                a.ledger().entries(), a.ledger().seals(), a.status(), a.creditLimitSince(), a.paymentPlan(),
                a.termsHistory()).get());
    }

    private static AccountTerms replay(AccountTerms terms, AccountEvent event) {
        if (event instanceof AccountEvent.CreditLimitChanged c) {
            return terms.withLimit(c.after());
        }
        if (event instanceof AccountEvent.SpendAlertThresholdsChanged c) {
            return terms.withSpendAlertThresholds(c.after());
        }
        if (event instanceof AccountEvent.DunningScheduleChanged c) {
            return terms.withDunning(c.after());
        }
        return terms;
    }

    @Provide
    Arbitrary<java.util.List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 48)).as(Step::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<Integer> probes() {
        return Arbitraries.integers().between(-5, 25 * 48);
    }
}
