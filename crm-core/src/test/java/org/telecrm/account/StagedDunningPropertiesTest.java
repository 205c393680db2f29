package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.T0;

/**
 * Staged dunning after any sequence of charges, payments, reviews and payment plans, on random schedules: the
 * invariants of the arrears rule, checked after every step.
 */
class StagedDunningPropertiesTest {

    /** One step: a charge or payment (yuan), a review, or a plan of {@code yuan} over instalments; then time moves. */
    record Step(int kind, long yuan, Duration later) {
    }

    record Run(AccountTerms terms, List<Step> steps) {
    }

    @Provide
    Arbitrary<Run> runs() {
        Arbitrary<Duration> grace = Arbitraries.integers().between(0, 5 * 24).map(Duration::ofHours);
        Arbitrary<AccountTerms> terms = Combinators.combine(Arbitraries.longs().between(0, 500), grace,
                Arbitraries.integers().between(-1, 100), Arbitraries.integers().between(0, 10 * 24))
                .as((limit, g, reminderPercent, partialHours) -> {
                    Option<Duration> reminder = reminderPercent < 0 || g.isZero() ? Option.none()
                            : Option.some(g.multipliedBy(Math.min(reminderPercent, 99)).dividedBy(100));
                    Option<Duration> partial = partialHours == 0 ? Option.none()
                            : Option.some(Duration.ofHours(partialHours));
                    return AccountTerms.withCreditLimit(Money.ofYuan(limit)).withArrearsGracePeriod(g)
                            .withDunning(new DunningSchedule(reminder, partial));
                });
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.longs().between(1, 400), Arbitraries.integers().between(0, 72).map(Duration::ofHours))
                .as(Step::new);
        return Combinators.combine(terms, step.list().ofMaxSize(40)).as((t, s) -> new Run(t, List.ofAll(s)));
    }

    /** The state after each step, with the instant it was taken at. */
    record Transition(Account before, Account after, Instant at, boolean evaluated) {
    }

    private static List<Transition> trace(Run run) {
        Account account = Account.open(ID, OWNER, run.terms(), T0).get().state();
        Instant at = T0;
        List<Transition> trace = List.empty();
        int n = 0;
        for (Step step : run.steps()) {
            at = at.plus(step.later());
            n++;
            Money amount = Money.ofYuan(step.yuan());
            Instant now = at;
            var result = switch (step.kind()) {
                case 0 -> account.postCharge(EntryReference.of("B-" + n), amount, now);
                case 1 -> account.postPayment(EntryReference.of("P-" + n), amount, now);
                case 2 -> account.reviewArrears(now);
                default -> {
                    Money above = account.balanceOwed().minus(account.terms().creditLimit());
                    Money half = Money.ofFen(Math.max(1, above.fen() / 2));
                    yield account.agreePaymentPlan(EntryReference.of("PLAN-" + n), List.of(
                            new PaymentPlan.Instalment(now.plus(step.later().plusHours(1)), half),
                            new PaymentPlan.Instalment(now.plus(step.later().plusHours(1).multipliedBy(2)),
                                    Money.ofFen(Math.max(1, above.fen() - half.fen())))), now);
                }
            };
            Account next = result.map(Changed::state).getOrElse(account);
            trace = trace.append(new Transition(account, next, now, result.isRight() && step.kind() != 3));
            account = next;
        }
        return trace;
    }

    @Property
    void dunningNeverSuspendsAnAccountWhoseBalanceIsWithinItsLimit(@ForAll("runs") Run run) {
        for (Transition t : trace(run)) {
            if (!t.after().isOverLimit()) {
                assertEquals(AccountState.ACTIVE, t.after().status().state(), () -> "within the limit: " + t.after());
                assertEquals(Option.none(), t.after().paymentPlan(), "a plan ends when the arrears clear");
            }
        }
    }

    @Property
    void withoutAPlanTheStageIsTheOneDueAtTheLastEvaluation(@ForAll("runs") Run run) {
        boolean planned = false;
        for (Transition t : trace(run)) {
            planned |= t.after().paymentPlan().isDefined();
            if (!planned && t.evaluated()) {
                assertEquals(t.after().dunningStageDue(t.at()), t.after().status().state(),
                        () -> "at " + t.at() + ": " + t.after());
            }
        }
        Statistics.label("suspended").collect(trace(run).exists(t -> t.after().status().is(
                AccountState.SUSPENDED_FOR_ARREARS)));
    }

    @Property
    void whileOverTheLimitTheStageNeverFallsAndNeverPassesTheStepDue(@ForAll("runs") Run run) {
        for (Transition t : trace(run)) {
            AccountState before = t.before().status().state();
            AccountState after = t.after().status().state();
            if (t.after().isOverLimit()) {
                assertTrue(after.ordinal() >= before.ordinal(), () -> before + " fell to " + after);
                assertTrue(after.ordinal() <= Math.max(before.ordinal(), t.after().dunningStageDue(t.at()).ordinal()),
                        () -> after + " beyond the step due at " + t.at());
            }
            if (t.after().paymentPlan().isDefined() && t.before().paymentPlan().isDefined()) {
                assertEquals(before, after, "a kept plan holds the stage");
            }
        }
    }
}
