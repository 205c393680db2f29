package org.telecrm.persistence.tck;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.telecrm.account.Account;
import org.telecrm.account.AccountEvent;
import org.telecrm.account.AccountId;
import org.telecrm.account.AccountRejection;
import org.telecrm.account.AccountTerms;
import org.telecrm.account.BillingCycle;
import org.telecrm.account.DunningSchedule;
import org.telecrm.account.EntryReference;
import org.telecrm.account.LedgerEntry;
import org.telecrm.account.PaymentPlan;
import org.telecrm.customer.CustomerId;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * jqwik generators of accounts for the contract kit, built only through the public API: open an account on random
 * valid terms, then fold a random sequence of commands (charges, payments, compensation credits, adjustments,
 * arrears reviews, settling and closing) over it, keeping every accepted change. So generated accounts are states
 * the domain can really reach: suspended, re-opened, closed, with spend alerts and corrections.
 *
 * <pre>{@code
 * @Property
 * void roundTrip(@ForAll("histories") AccountHistory history) { ... }
 *
 * @Provide
 * Arbitrary<AccountHistory> histories() { return AccountGenerators.histories(); }
 * }</pre>
 */
public final class AccountGenerators {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<ZoneId> ZONES = List.of(BillingCycle.CHINA, ZoneId.of("UTC"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));

    private AccountGenerators() {
    }

    /**
     * One step of a generated history: what to do (0-4 charge, 5-7 payment, 8 compensation credit, 9-10
     * adjustment, 11-13 review, 14 settle and close for 30% of picks, else review), how much, how long after the
     * previous step, which entry an adjustment corrects.
     */
    private record Step(int kind, long amountFen, long minutesLater, int pick) {
    }

    /** Account identifiers such as {@code A-x7Q2}. */
    public static Arbitrary<AccountId> accountIds() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).map(s -> AccountId.of("A-" + s));
    }

    /** Customer identifiers such as {@code C-17}. */
    public static Arbitrary<CustomerId> customerIds() {
        return Arbitraries.integers().between(1, 50).map(n -> CustomerId.of("C-" + n));
    }

    /**
     * Valid account terms: any cycle start day and zone, limit, grace period and rising thresholds, on the default
     * dunning schedule or a staged one (a reminder within the grace period, a partial suspension).
     */
    public static Arbitrary<AccountTerms> terms() {
        Arbitrary<BillingCycle> cycles = Combinators.combine(Arbitraries.integers().between(1,
                BillingCycle.MAX_START_DAY), Arbitraries.of(ZONES.toJavaList())).as(BillingCycle::new);
        Arbitrary<Money> limits = Arbitraries.longs().between(0, 50_000).map(Money::ofFen);
        Arbitrary<Duration> graces = Arbitraries.longs().between(0, 6 * 24 * 60).map(Duration::ofMinutes);
        Arbitrary<Seq<Money>> thresholds = Arbitraries.longs().between(1, 30_000).list().ofMaxSize(3)
                .map(steps -> List.ofAll(steps).scanLeft(0L, Long::sum).tail().map(Money::ofFen));
        Arbitrary<Integer> schedules = Arbitraries.integers().between(0, 3);
        return Combinators.combine(cycles, limits, graces, thresholds, schedules)
                .as((cycle, limit, grace, alerts, schedule) -> new AccountTerms(cycle, limit, grace, alerts,
                        schedule(schedule, grace)));
    }

    /** Half the terms on the default schedule, the rest staged. */
    private static DunningSchedule schedule(int which, Duration grace) {
        return switch (which) {
            case 2 -> grace.isZero() ? DunningSchedule.SINGLE_STEP.withPartialSuspensionFor(Duration.ofDays(1))
                    : new DunningSchedule(Option.some(grace.dividedBy(2)), Option.some(Duration.ofDays(1)));
            case 3 -> DunningSchedule.SINGLE_STEP.withPartialSuspensionFor(Duration.ofHours(36));
            default -> DunningSchedule.SINGLE_STEP;
        };
    }

    /**
     * An account whose terms changed after opening, once of each kind and the limit twice, each change dated: limit
     * CNY 100 at the opening, CNY 300 charged an hour later; the limit CNY 500 a day after the opening, spend alerts
     * at CNY 1,000 and 5,000 the next day, the sample staged dunning schedule the day after, the limit CNY 200 on the
     * fourth day.
     */
    public static AccountHistory termChanges() {
        Instant t0 = Instant.parse("2026-07-01T01:00:00Z");
        Changed<Account, AccountEvent> opened = Account.open(AccountId.of("A-T-1"), CustomerId.of("C-1"),
                AccountTerms.withCreditLimit(Money.ofYuan(100)), t0).get();
        Seq<AccountEvent> events = opened.events();
        Account account = opened.state();
        for (java.util.function.Function<Account, Either<AccountRejection, Changed<Account, AccountEvent>>> command
                : List.<java.util.function.Function<Account, Either<AccountRejection, Changed<Account, AccountEvent>>>>of(
                a -> a.postCharge(EntryReference.of("B-1"), Money.ofYuan(300), t0.plus(Duration.ofHours(1))),
                a -> a.changeCreditLimit(Money.ofYuan(500), t0.plus(Duration.ofDays(1))),
                a -> a.changeSpendAlertThresholds(List.of(Money.ofYuan(1_000), Money.ofYuan(5_000)),
                        t0.plus(Duration.ofDays(2))),
                a -> a.changeDunningSchedule(DunningSchedule.SAMPLE_STAGED, t0.plus(Duration.ofDays(3))),
                a -> a.changeCreditLimit(Money.ofYuan(200), t0.plus(Duration.ofDays(4))))) {
            Changed<Account, AccountEvent> changed = command.apply(account).get();
            account = changed.state();
            events = events.appendAll(changed.events());
        }
        return new AccountHistory(account, events);
    }

    /** Accounts with their histories, any id and owner. */
    public static Arbitrary<AccountHistory> histories() {
        return Combinators.combine(accountIds(), customerIds(), terms(), steps())
                .as(AccountGenerators::run);
    }

    private static Arbitrary<java.util.List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 17),
                Arbitraries.longs().between(1, 40_000),
                Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 6 * 24 * 60)),
                Arbitraries.integers().between(0, 1_000)).as(Step::new);
        return step.list().ofMaxSize(30);
    }

    private static AccountHistory run(AccountId id, CustomerId owner, AccountTerms terms, java.util.List<Step> steps) {
        Changed<Account, AccountEvent> opened = Account.open(id, owner, terms, EPOCH).get();
        Account account = opened.state();
        Seq<AccountEvent> events = opened.events();
        Instant at = EPOCH;
        int n = 0;
        for (Step step : steps) {
            at = at.plus(Duration.ofMinutes(step.minutesLater()));
            n++;
            for (Either<AccountRejection, Changed<Account, AccountEvent>> result : commands(account, step, n, at)) {
                if (result.isRight()) {
                    account = result.get().state();
                    events = events.appendAll(result.get().events());
                }
            }
        }
        return new AccountHistory(account, events);
    }

    /** The command(s) of one step; a settling close posts what settles the balance, then closes. */
    private static List<Either<AccountRejection, Changed<Account, AccountEvent>>> commands(Account account, Step step,
                                                                                        int n, Instant at) {
        Money amount = Money.ofFen(step.amountFen());
        return switch (step.kind()) {
            case 0, 1, 2, 3, 4 -> List.of(account.postCharge(EntryReference.of("B-" + n), amount, at));
            case 5, 6, 7 -> List.of(account.postPayment(EntryReference.of("PAY-" + n), amount, at));
            case 8 -> List.of(account.postCompensationCredit(EntryReference.of("SLA-" + n), amount, at));
            case 9, 10 -> account.ledger().isEmpty() ? List.empty() : List.of(account.postAdjustment(
                    EntryReference.of("ADJ-" + n),
                    step.pick() % 2 == 0 ? LedgerEntry.Adjustment.Direction.DEBIT
                            : LedgerEntry.Adjustment.Direction.CREDIT,
                    amount, account.ledger().entries().get(step.pick() % account.ledger().size()).reference(),
                    "correction " + n, at));
            case 11, 12, 13 -> List.of(account.reviewArrears(at));
            case 15 -> plan(account, step, n, at);
            case 16 -> List.of(account.changeCreditLimit(amount, at));
            case 17 -> List.of(account.changeSpendAlertThresholds(List.of(amount), at));
            default -> step.pick() < 300 ? settleAndClose(account, n, at) : List.of(account.reviewArrears(at));
        };
    }

    /** A payment plan of what is above the limit, in one or two instalments; a review when nothing is above it. */
    private static List<Either<AccountRejection, Changed<Account, AccountEvent>>> plan(Account account, Step step,
                                                                                    int n, Instant at) {
        Money above = account.balanceOwed().minus(account.terms().creditLimit());
        if (!above.isGreaterThan(Money.ZERO)) {
            return List.of(account.reviewArrears(at));
        }
        Instant first = at.plus(Duration.ofMinutes(1 + step.pick()));
        Money half = Money.ofFen(above.fen() / 2);
        Seq<PaymentPlan.Instalment> instalments = half.isZero() || step.pick() % 2 == 0
                ? List.of(new PaymentPlan.Instalment(first, above))
                : List.of(new PaymentPlan.Instalment(first, half),
                new PaymentPlan.Instalment(first.plus(Duration.ofDays(1)), above.minus(half)));
        return List.of(account.agreePaymentPlan(EntryReference.of("PLAN-" + n), instalments, at));
    }

    private static List<Either<AccountRejection, Changed<Account, AccountEvent>>> settleAndClose(Account account,
                                                                                             int n, Instant at) {
        Money owed = account.balanceOwed();
        Either<AccountRejection, Changed<Account, AccountEvent>> settled;
        if (owed.isGreaterThan(Money.ZERO)) {
            settled = account.postPayment(EntryReference.of("SETTLE-" + n), owed, at);
        } else if (owed.isNegative() && !account.ledger().isEmpty()) {
            settled = account.postAdjustment(EntryReference.of("REFUND-" + n), LedgerEntry.Adjustment.Direction.DEBIT,
                    owed.negate(), account.ledger().entries().last().reference(), "refund of the credit", at);
        } else {
            settled = Either.right(Changed.nothing(account));
        }
        Either<AccountRejection, Changed<Account, AccountEvent>> closed =
                settled.flatMap(c -> c.state().close(at).map(d -> Changed.of(d.state(), c.events().appendAll(d.events()))));
        return closed.isRight() ? List.of(closed) : List.of(settled);
    }
}
