package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/**
 * The arrears rule with staged dunning, evaluated at an instant: a pure function of the account (ledger, terms,
 * status, payment plan) and the instant. See {@link Account} and {@link DunningSchedule}.
 */
final class Dunning {

    private Dunning() {
    }

    /**
     * The rule at {@code at}, appending its events to {@code events}: arrears cleared re-open the account (and end a
     * payment plan); otherwise a kept plan holds the stage until its last instalment, a missed instalment breaks it
     * (a plan kept to its end with the arrears still there, new charges say, lapses), and the stage rises to the one
     * due by the arrears' age.
     */
    static Changed<Account, AccountEvent> apply(Account account, Instant at, Option<EntryReference> trigger,
                                                Seq<AccountEvent> events) {
        AccountState state = account.status().state();
        if (state == AccountState.CLOSED) {
            return Changed.of(account, events);
        }
        if (!account.isOverLimit()) {
            return cleared(account, at, trigger, events);
        }
        Account current = account;
        Seq<AccountEvent> raised = events;
        if (account.paymentPlan().isDefined()) {
            PaymentPlan plan = account.paymentPlan().get();
            Option<PaymentPlan.Instalment> missed = plan.missedBy(account.ledger().entries(), at);
            if (missed.isEmpty() && !at.isAfter(plan.endsAt())) {
                return Changed.of(account, events);
            }
            current = account.with(account.status(), Option.none());
            raised = raised.append(missed.isDefined()
                    ? new AccountEvent.PaymentPlanBroken(account.getId(), account.owner(), plan.reference(),
                    missed.get(), at)
                    : new AccountEvent.PaymentPlanLapsed(account.getId(), account.owner(), plan.reference(), at));
        }
        AccountState due = current.dunningStageDue(at);
        if (due.ordinal() <= state.ordinal()) {
            return Changed.of(current, raised);
        }
        return Changed.of(current.with(AccountStatus.of(due, at), current.paymentPlan()),
                raised.append(stepEvent(current, due, at)));
    }

    /** See {@link Account#agreePaymentPlan}. */
    static Either<AccountRejection, Changed<Account, AccountEvent>> agree(Account account, PaymentPlan plan,
                                                                        Instant at) {
        AccountId id = account.getId();
        if (account.status().is(AccountState.CLOSED)) {
            return Either.left(new AccountRejection.AccountIsClosed(id, account.status().since(), plan.reference()));
        }
        if (at.isBefore(account.latestInstant())) {
            return Either.left(new AccountRejection.OutOfOrder("at", at, account.latestInstant()));
        }
        if (!account.isOverLimit()) {
            return Either.left(new AccountRejection.NotOverLimit(id, account.balanceOwed(),
                    account.terms().creditLimit()));
        }
        if (account.paymentPlan().isDefined()) {
            return Either.left(new AccountRejection.PaymentPlanInForce(id, account.paymentPlan().get().reference()));
        }
        Seq<TermProblem> problems = plan.problems();
        Money above = account.balanceOwed().minus(account.terms().creditLimit());
        if (problems.isEmpty() && plan.total().isLessThan(above)) {
            problems = problems.append(new TermProblem("instalments", "a total of " + plan.total(),
                    "at least the amount above the credit limit, " + above));
        }
        if (problems.nonEmpty()) {
            return Either.left(new AccountRejection.InvalidPaymentPlan(problems));
        }
        return Either.right(Changed.of(account.with(account.status(), Option.some(plan)),
                List.of(new AccountEvent.PaymentPlanAgreed(id, account.owner(), plan, account.balanceOwed(), at))));
    }

    private static Changed<Account, AccountEvent> cleared(Account account, Instant at, Option<EntryReference> trigger,
                                                          Seq<AccountEvent> events) {
        Seq<AccountEvent> raised = events;
        for (PaymentPlan plan : account.paymentPlan()) {
            raised = raised.append(new AccountEvent.PaymentPlanFulfilled(account.getId(), plan.reference(), trigger,
                    at));
        }
        AccountState state = account.status().state();
        if (state.isRestricted()) {
            raised = raised.append(new AccountEvent.ReopenedAfterArrears(account.getId(), account.owner(), trigger,
                    account.balanceOwed(), at));
        } else if (state == AccountState.REMINDED) {
            raised = raised.append(new AccountEvent.ArrearsCleared(account.getId(), account.owner(), trigger,
                    account.balanceOwed(), at));
        }
        if (raised.size() == events.size()) {
            return Changed.of(account, events);
        }
        AccountStatus status = state.isDunning() ? AccountStatus.of(AccountState.ACTIVE, at) : account.status();
        return Changed.of(account.with(status, Option.none()), raised);
    }

    private static AccountEvent stepEvent(Account account, AccountState due, Instant at) {
        Instant since = account.overLimitSince().get();
        return switch (due) {
            case REMINDED -> new AccountEvent.RemindedOfArrears(account.getId(), account.owner(),
                    account.balanceOwed(), account.terms().creditLimit(), since, at);
            case PARTIALLY_SUSPENDED -> new AccountEvent.PartiallySuspendedForArrears(account.getId(), account.owner(),
                    account.balanceOwed(), account.terms().creditLimit(), since, at);
            default -> new AccountEvent.SuspendedForArrears(account.getId(), account.owner(), account.balanceOwed(),
                    account.terms().creditLimit(), since, at);
        };
    }

    /** The stage due at {@code at} for an account over its limit since {@code since}. */
    static AccountState stageDue(AccountTerms terms, Instant since, Instant at) {
        Duration overLimitFor = at.isBefore(since) ? Duration.ZERO : Duration.between(since, at);
        return terms.dunning().stageDue(overLimitFor, terms.arrearsGracePeriod());
    }

    /**
     * When the current over-limit run began: the posting instant of the earliest entry after which the balance owed
     * has stayed above the limit, but never before the limit took effect (a new limit gives a new grace period).
     */
    static Option<Instant> overLimitSince(Account account) {
        if (!account.isOverLimit()) {
            return Option.none();
        }
        Money limit = account.terms().creditLimit();
        Money after = account.balanceOwed();
        Instant since = account.openedAt();   // above the limit from the start: only a restored account, limit < 0
        Iterator<LedgerEntry> newestFirst = account.ledger().entries().reverseIterator();
        while (newestFirst.hasNext()) {
            LedgerEntry entry = newestFirst.next();
            Money before = after.minus(entry.owed());
            if (!before.isGreaterThan(limit)) {
                since = entry.postedAt();
                break;
            }
            after = before;
        }
        return Option.some(since.isBefore(account.creditLimitSince()) ? account.creditLimitSince() : since);
    }
}
