package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.account.Accounts.ID;
import static org.telecrm.account.Accounts.OWNER;
import static org.telecrm.account.Accounts.T0;

/**
 * The account's invariants after any sequence of commands: random charges, payments, compensation credits,
 * adjustments, repeats and conflicting repeats, back-dated and non-positive postings, reviews, settling and closing,
 * with time moving forward by random steps across billing cycles. Each property folds the commands over an account
 * opened on random terms and checks its invariant after every step, against an oracle written independently of
 * the account's code.
 */
class AccountPropertiesTest {

    // ---- the properties -----------------------------------------------------------------------------------------

    @Property
    void theBalanceIsTheSumOfTheLedgerAfterAnySequence(@ForAll("runs") Run run) {
        for (Transition t : run.trace()) {
            Seq<LedgerEntry> entries = t.after().ledger().entries();
            long sum = entries.map(Oracle::signedFen).sum().longValue();
            assertEquals(Money.ofFen(sum), t.after().balanceOwed(), () -> "after " + t.step());
            assertEquals(Money.ofFen(sum), Ledger.of(entries).balanceOwed(), "the cached sum equals a fresh fold");
            assertEquals(Money.ofFen(t.modelEntries().map(Oracle::signedFen).sum().longValue()), t.after().balanceOwed());
        }
    }

    @Property
    void repostingAReferenceNeverChangesIt(@ForAll("runs") Run run) {
        for (Transition t : run.trace()) {
            if (t.step() instanceof Repost repost && !t.before().ledger().isEmpty()) {
                AccountRejection rejection = t.result().swap().getOrElseThrow(() -> new AssertionError("accepted " + repost));
                assertEquals(repost.variation() == 0, rejection.isRepeat(), rejection::message);
                Class<? extends AccountRejection> expected = repost.variation() == 0
                        ? AccountRejection.AlreadyPosted.class : AccountRejection.ReferenceConflict.class;
                assertInstanceOf(expected, rejection);
                assertEquals(t.before(), t.after());
            }
        }
        Account last = run.last();
        Instant later = last.latestInstant().plus(Duration.ofDays(1));
        for (LedgerEntry entry : last.ledger().entries()) {
            AccountRejection again = last.post(entry.withPostedAt(later)).swap().get();
            assertEquals(new AccountRejection.AlreadyPosted(ID, entry), again);
            Money other = entry.amount().plus(Money.ofFen(1));
            assertInstanceOf(AccountRejection.ReferenceConflict.class,
                    last.post(new LedgerEntry.Payment(entry.reference(), other, later)).swap().get());
        }
    }

    @Property
    void suspendedIffTheArrearsRuleSaysSo(@ForAll("runs") Run run) {
        for (Transition t : run.trace()) {
            boolean expected = Oracle.suspended(t.modelEntries(), run.terms(), t.lastEvaluatedAt(), t.closed());
            assertEquals(expected, t.after().status().is(AccountState.SUSPENDED_FOR_ARREARS),
                    () -> "after " + t.step() + " at " + t.at() + ": " + t.after());
        }
        Statistics.label("ever suspended").collect(run.trace().exists(t -> t.after().status().is(AccountState.SUSPENDED_FOR_ARREARS)));
        Statistics.label("ever suspended").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("reopened").collect(run.trace().exists(t -> t.events().exists(AccountEvent.ReopenedAfterArrears.class::isInstance)));
        Statistics.label("reopened").coverage(c -> c.check(true).percentage(p -> p >= 5));
    }

    @Property
    void aPaymentThatClearsTheArrearsAlwaysReopens(@ForAll("runs") Run run, @ForAll("fen") long extraFen) {
        int suspendedStates = 0;
        for (Transition t : run.trace()) {
            Account suspended = t.after();
            if (!suspended.status().is(AccountState.SUSPENDED_FOR_ARREARS)) {
                continue;
            }
            suspendedStates++;
            Money arrears = suspended.balanceOwed().minus(run.terms().creditLimit());
            EntryReference ref = EntryReference.of("CLEAR-" + suspendedStates);
            Changed<Account, AccountEvent> paid = suspended.postPayment(ref, arrears.plus(Money.ofFen(extraFen - 1)),
                    suspended.latestInstant()).get();
            assertTrue(paid.state().status().is(AccountState.ACTIVE));
            assertEquals(new AccountEvent.ReopenedAfterArrears(ID, OWNER, Option.some(ref),
                    paid.state().balanceOwed(), suspended.latestInstant()), paid.events().last());
            if (arrears.isGreaterThan(Money.ofFen(1))) {
                Changed<Account, AccountEvent> partly = suspended.postPayment(ref, arrears.minus(Money.ofFen(1)),
                        suspended.latestInstant()).get();
                assertTrue(partly.state().status().is(AccountState.SUSPENDED_FOR_ARREARS), "a payment short of it does not");
            }
        }
        Statistics.label("suspended states checked").collect(suspendedStates > 0);
    }

    @Property
    void spendAlertsFireOncePerThresholdPerCycleExactlyWhenItIsReached(@ForAll("runs") Run run) {
        java.util.Set<Fired> fired = new java.util.HashSet<>();
        for (Transition t : run.trace()) {
            Seq<AccountEvent.SpendAlertRaised> alerts = t.events()
                    .filter(AccountEvent.SpendAlertRaised.class::isInstance).map(AccountEvent.SpendAlertRaised.class::cast);
            Seq<Money> expected = List.empty();
            if (t.step() instanceof Post post && post.kind() == EntryKind.CHARGE && t.result().isRight()) {
                LocalDate cycle = Oracle.cycleStart(t.at(), run.terms().billingCycle());
                Money before = Oracle.spend(t.modelEntries().init(), cycle, run.terms().billingCycle());
                Money after = before.plus(Money.ofFen(post.fen()));
                expected = run.terms().spendAlertThresholds()
                        .filter(th -> th.fen() > before.fen() && th.fen() <= after.fen());
                for (AccountEvent.SpendAlertRaised alert : alerts) {
                    assertEquals(cycle, alert.cycle().start());
                    assertEquals(after, alert.spend());
                    assertTrue(fired.add(new Fired(cycle, alert.threshold())), () -> "fired twice: " + alert);
                }
            }
            assertEquals(expected, alerts.map(AccountEvent.SpendAlertRaised::threshold), () -> "after " + t.step());
        }
        // And every threshold a cycle's spend reached did fire, in that cycle.
        Account last = run.last();
        BillingCycle cycle = run.terms().billingCycle();
        for (LocalDate start : last.ledger().entries().map(e -> Oracle.cycleStart(e.postedAt(), cycle)).distinct()) {
            Money spend = Oracle.spend(last.ledger().entries(), start, cycle);
            assertEquals(spend, last.spendIn(new CyclePeriod(start, start.plusMonths(1))));
            for (Money threshold : run.terms().spendAlertThresholds()) {
                assertEquals(!spend.isLessThan(threshold), fired.contains(new Fired(start, threshold)));
            }
        }
        Statistics.label("alerts fired").collect(!fired.isEmpty());
        Statistics.label("alerts fired").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    record Fired(LocalDate cycle, Money threshold) {
    }

    @Property
    void noLedgerEntryIsEverRemovedOrChanged(@ForAll("runs") Run run) {
        for (Transition t : run.trace()) {
            Seq<LedgerEntry> before = t.before().ledger().entries();
            Seq<LedgerEntry> after = t.after().ledger().entries();
            assertEquals(before, after.take(before.size()), () -> "after " + t.step());
            Seq<AccountEvent.EntryPosted> posted = t.events()
                    .filter(AccountEvent.EntryPosted.class::isInstance).map(AccountEvent.EntryPosted.class::cast);
            assertEquals(posted.map(AccountEvent.EntryPosted::entry), after.drop(before.size()),
                    () -> "one entry appended, the one announced, by a posting only: " + t.step());
            assertTrue(posted.size() <= 1);
            assertEquals(t.modelEntries(), after, "exactly the entries of the accepted postings, in order");
        }
    }

    @Property
    void everyEventNamesTheAccountAndTheCommandsInstant(@ForAll("runs") Run run) {
        for (Transition t : run.trace()) {
            for (AccountEvent event : t.events()) {
                assertEquals(ID, event.account());
                assertEquals(t.at(), event.occurredAt(), () -> event.toString());
            }
            assertEquals(t.before().equals(t.after()), t.events().isEmpty(), () -> "a change is announced: " + t.step());
        }
    }

    @Property
    void restoringAnyAccountFromItsAccessorsGivesItBack(@ForAll("runs") Run run) {
        Account a = run.last();
        Account restored = Account.restore(a.getId(), a.owner(), a.terms(), a.openedAt(), a.ledger().entries(), a.status()).get();
        assertEquals(a, restored);
        assertEquals(a.overLimitSince(), restored.overLimitSince());
        assertEquals(a.latestInstant(), restored.latestInstant());
    }

    // ---- commands and their fold --------------------------------------------------------------------------------

    /** A step of a run: time moves on by {@code advanceMinutes}, then a command is given at that instant. */
    sealed interface Step {
        long advanceMinutes();
    }

    /** A new posting of this kind and amount; an adjustment corrects the entry picked from the ledger. */
    record Post(long advanceMinutes, EntryKind kind, long fen, int pick) implements Step {
    }

    /** An entry of the ledger posted again: 0 the same facts, 1 another amount, 2 another kind. */
    record Repost(long advanceMinutes, int pick, int variation) implements Step {
    }

    /** A posting dated a minute before the account's latest instant: refused as out of order. */
    record Backdated(long advanceMinutes, long fen) implements Step {
    }

    record Review(long advanceMinutes) implements Step {
    }

    /** Brings the balance to zero: a payment of a debt, or a debit adjustment (refund) of a credit. */
    record Settle(long advanceMinutes) implements Step {
    }

    record Close(long advanceMinutes) implements Step {
    }

    /**
     * One step of a run: the account before and after, the command's result, and the model the oracle uses: the
     * entries the accepted postings appended, the instant of the last accepted command, and whether it closed.
     */
    record Transition(Step step, Instant at, Account before, Either<AccountRejection, Changed<Account, AccountEvent>> result,
                      Account after, Seq<LedgerEntry> modelEntries, Instant lastEvaluatedAt, boolean closed) {

        Seq<AccountEvent> events() {
            return result.map(Changed::events).getOrElse(List.empty());
        }
    }

    record Run(AccountTerms terms, Seq<Step> steps, Seq<Transition> trace) {

        static Run of(AccountTerms terms, Seq<Step> steps) {
            Account account = Accounts.open(terms);
            Instant at = T0;
            Seq<LedgerEntry> model = List.empty();
            Instant lastEvaluated = T0;
            boolean closed = false;
            List<Transition> trace = List.empty();
            int counter = 0;
            for (Step step : steps) {
                at = at.plus(Duration.ofMinutes(step.advanceMinutes()));
                Either<AccountRejection, Changed<Account, AccountEvent>> result;
                Option<LedgerEntry> attempt = posting(account, step, at, EntryReference.of("R" + counter++));
                if (attempt.isDefined()) {
                    result = account.post(attempt.get());
                } else {
                    result = step instanceof Close ? account.close(at) : account.reviewArrears(at);
                }
                Account after = result.map(Changed::state).getOrElse(account);
                if (result.isRight()) {
                    lastEvaluated = at;
                    closed = closed || step instanceof Close;
                    model = model.appendAll(attempt);
                }
                trace = trace.append(new Transition(step, at, account, result, after, model, lastEvaluated, closed));
                account = after;
            }
            return new Run(terms, steps, trace);
        }

        Account last() {
            return trace.lastOption().map(Transition::after).getOrElse(() -> Accounts.open(terms));
        }

        @Override
        public String toString() {
            return "Run[" + terms + ", " + steps.mkString(", ") + "]";
        }

        /** The entry a step posts, if it is a posting; otherwise the step is a review or a closing. */
        private static Option<LedgerEntry> posting(Account account, Step step, Instant at, EntryReference ref) {
            Seq<LedgerEntry> entries = account.ledger().entries();
            if (step instanceof Post post) {
                Money amount = Money.ofFen(post.fen());
                return Option.some(switch (post.kind()) {
                    case CHARGE -> new LedgerEntry.Charge(ref, amount, at);
                    case PAYMENT -> new LedgerEntry.Payment(ref, amount, at);
                    case COMPENSATION_CREDIT -> new LedgerEntry.CompensationCredit(ref, amount, at);
                    case DEBIT_ADJUSTMENT, CREDIT_ADJUSTMENT -> new LedgerEntry.Adjustment(ref,
                            post.kind() == EntryKind.DEBIT_ADJUSTMENT ? LedgerEntry.Adjustment.Direction.DEBIT
                                    : LedgerEntry.Adjustment.Direction.CREDIT, amount,
                            entries.isEmpty() ? EntryReference.of("NONE") : entries.get(post.pick() % entries.size()).reference(),
                            "correction", at);
                });
            } else if (step instanceof Repost repost && !entries.isEmpty()) {
                LedgerEntry posted = entries.get(repost.pick() % entries.size());
                return Option.some(switch (repost.variation()) {
                    case 0 -> posted.withPostedAt(at);
                    case 1 -> otherAmount(posted, at);
                    default -> posted.kind() == EntryKind.CHARGE
                            ? new LedgerEntry.Payment(posted.reference(), posted.amount(), at)
                            : new LedgerEntry.Charge(posted.reference(), posted.amount(), at);
                });
            } else if (step instanceof Backdated backdated) {
                return Option.some(new LedgerEntry.Charge(ref, Money.ofFen(backdated.fen()),
                        account.latestInstant().minusSeconds(60)));
            } else if (step instanceof Settle) {
                Money owed = account.balanceOwed();
                if (owed.isGreaterThan(Money.ZERO)) {
                    return Option.some(new LedgerEntry.Payment(ref, owed, at));
                } else if (owed.isNegative()) {
                    return Option.some(new LedgerEntry.Adjustment(ref, LedgerEntry.Adjustment.Direction.DEBIT,
                            owed.negate(), entries.head().reference(), "refund of the credit", at));
                }
            }
            return Option.none();
        }

        private static LedgerEntry otherAmount(LedgerEntry posted, Instant at) {
            Money other = posted.amount().plus(Money.ofFen(1));
            if (posted instanceof LedgerEntry.Adjustment adjustment) {
                return new LedgerEntry.Adjustment(adjustment.reference(), adjustment.direction(), other,
                        adjustment.corrects(), adjustment.reason(), at);
            }
            return switch (posted.kind()) {
                case CHARGE -> new LedgerEntry.Charge(posted.reference(), other, at);
                case PAYMENT -> new LedgerEntry.Payment(posted.reference(), other, at);
                default -> new LedgerEntry.CompensationCredit(posted.reference(), other, at);
            };
        }
    }

    // ---- the oracle: the rules restated over the model, without the account's code -------------------------------

    static final class Oracle {

        private Oracle() {
        }

        static long signedFen(LedgerEntry e) {
            boolean debit = e instanceof LedgerEntry.Charge
                    || (e instanceof LedgerEntry.Adjustment a && a.direction() == LedgerEntry.Adjustment.Direction.DEBIT);
            return debit ? e.amount().fen() : -e.amount().fen();
        }

        /**
         * The arrears rule over the whole history: walking the entries forward, the over-limit run starts at the
         * entry that takes the balance above the limit and ends at one that brings it back; suspended iff a run is
         * open and the last evaluation was at least the grace period after its start (never once closed).
         */
        static boolean suspended(Seq<LedgerEntry> entries, AccountTerms terms, Instant lastEvaluatedAt, boolean closed) {
            if (closed) {
                return false;
            }
            long balance = 0;
            Instant runStart = null;
            for (LedgerEntry e : entries) {
                balance += signedFen(e);
                if (balance <= terms.creditLimit().fen()) {
                    runStart = null;
                } else if (runStart == null) {
                    runStart = e.postedAt();
                }
            }
            return runStart != null && lastEvaluatedAt.compareTo(runStart.plus(terms.arrearsGracePeriod())) >= 0;
        }

        /** The first day of the cycle an instant is in: the latest day up to its local date that is a start day. */
        static LocalDate cycleStart(Instant at, BillingCycle cycle) {
            LocalDate day = LocalDate.ofInstant(at, cycle.zone());
            while (day.getDayOfMonth() != cycle.startDay()) {
                day = day.minusDays(1);
            }
            return day;
        }

        static Money spend(Seq<LedgerEntry> entries, LocalDate cycleStart, BillingCycle cycle) {
            return Money.ofFen(entries.filter(e -> e instanceof LedgerEntry.Charge)
                    .filter(e -> cycleStart(e.postedAt(), cycle).equals(cycleStart))
                    .map(e -> e.amount().fen()).sum().longValue());
        }
    }

    // ---- generators ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Long> fen() {
        return Arbitraries.longs().between(1, 20_000);
    }

    @Provide
    Arbitrary<Run> runs() {
        return Combinators.combine(terms(), steps().list().ofMaxSize(60)).as((terms, steps) -> Run.of(terms, List.ofAll(steps)));
    }

    private Arbitrary<AccountTerms> terms() {
        Arbitrary<Long> limitFen = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(4, Arbitraries.longs().between(1, 50_000)));
        Arbitrary<Duration> grace = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                Tuple.of(4, Arbitraries.longs().between(1, 6 * 24 * 60).map(Duration::ofMinutes)));
        Arbitrary<Integer> startDay = Arbitraries.integers().between(1, BillingCycle.MAX_START_DAY);
        Arbitrary<Seq<Money>> thresholds = Arbitraries.longs().between(1, 300_000).set().ofMaxSize(3)
                .map(set -> List.ofAll(set).sorted().map(Money::ofFen));
        return Combinators.combine(limitFen, grace, startDay, thresholds).as((limit, g, day, th) ->
                new AccountTerms(BillingCycle.monthlyFromDay(day), Money.ofFen(limit), g, th));
    }

    private Arbitrary<Step> steps() {
        Arbitrary<Long> advance = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(5, Arbitraries.longs().between(1, 12 * 60)),
                Tuple.of(4, Arbitraries.longs().between(12 * 60, 4 * 24 * 60)),
                Tuple.of(1, Arbitraries.longs().between(4 * 24 * 60, 35 * 24 * 60)));
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 40_000);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Step> charge = Combinators.combine(advance, amount, pick).as((a, f, p) -> new Post(a, EntryKind.CHARGE, f, p));
        Arbitrary<Step> credit = Combinators.combine(advance, Arbitraries.of(EntryKind.PAYMENT, EntryKind.COMPENSATION_CREDIT,
                EntryKind.CREDIT_ADJUSTMENT, EntryKind.DEBIT_ADJUSTMENT), amount, pick).as(Post::new);
        Arbitrary<Step> nonPositive = Combinators.combine(advance, Arbitraries.of(EntryKind.class),
                Arbitraries.longs().between(-5_000, 0), pick).as(Post::new);
        Arbitrary<Step> repost = Combinators.combine(advance, pick, Arbitraries.integers().between(0, 2)).as(Repost::new);
        Arbitrary<Step> backdated = Combinators.combine(advance, amount).as(Backdated::new);
        return Arbitraries.frequencyOf(
                Tuple.of(10, charge),
                Tuple.of(6, credit),
                Tuple.of(1, nonPositive),
                Tuple.of(3, repost),
                Tuple.of(1, backdated),
                Tuple.of(4, advance.map(Review::new)),
                Tuple.of(1, advance.map(Settle::new)),
                Tuple.of(1, advance.map(Close::new)));
    }
}
