package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.telecrm.kernel.Changed;
import org.telecrm.money.Money;

import java.time.Instant;
import java.util.Objects;

/** The commands that change an account's terms after opening; see {@link Account#changeCreditLimit} and the others. */
final class TermCommands {

    private TermCommands() {
    }

    static Either<AccountRejection, Changed<Account, AccountEvent>> creditLimit(Account account, Money limit,
                                                                              Instant at) {
        Objects.requireNonNull(limit, "limit");
        Money before = account.terms().creditLimit();
        return change(account, new TermsChange.CreditLimitChange(before, limit, at), limit.equals(before),
                () -> new AccountEvent.CreditLimitChanged(account.getId(), account.owner(), before, limit, at), true,
                "changeCreditLimit");
    }

    static Either<AccountRejection, Changed<Account, AccountEvent>> spendAlerts(Account account, Seq<Money> thresholds,
                                                                              Instant at) {
        Objects.requireNonNull(thresholds, "thresholds");
        Seq<Money> before = account.terms().spendAlertThresholds();
        return change(account, new TermsChange.SpendAlertsChange(before, thresholds, at),
                List.ofAll(thresholds).equals(List.ofAll(before)),
                () -> new AccountEvent.SpendAlertThresholdsChanged(account.getId(), before, thresholds, at), false,
                "changeSpendAlertThresholds");
    }

    static Either<AccountRejection, Changed<Account, AccountEvent>> dunning(Account account, DunningSchedule schedule,
                                                                          Instant at) {
        Objects.requireNonNull(schedule, "schedule");
        DunningSchedule before = account.terms().dunning();
        return change(account, new TermsChange.DunningScheduleChange(before, schedule, at), schedule.equals(before),
                () -> new AccountEvent.DunningScheduleChanged(account.getId(), before, schedule, at), false,
                "changeDunningSchedule");
    }

    /**
     * The account on the terms {@code change} makes from its instant, kept in the terms' history, with the change's
     * event, then the arrears rule at that instant; the same terms again change nothing; a closed account's terms do
     * not change ({@code command} names the refused one).
     */
    private static Either<AccountRejection, Changed<Account, AccountEvent>> change(
            Account account, TermsChange change, boolean same,
            java.util.function.Supplier<AccountEvent> event, boolean newLimit, String command) {
        Instant at = change.at();
        AccountTerms next = change.applyTo(account.terms());
        if (account.status().is(AccountState.CLOSED)) {
            return Either.left(new AccountRejection.TermsOfClosedAccount(account.getId(), account.status().since(),
                    command));
        }
        if (at.isBefore(account.latestInstant())) {
            return Either.left(new AccountRejection.OutOfOrder("at", at, account.latestInstant()));
        }
        Seq<TermProblem> problems = next.problems();
        if (problems.nonEmpty()) {
            return Either.left(new AccountRejection.InvalidTerms(problems));
        }
        if (same) {
            return Either.right(Changed.nothing(account));
        }
        Account changed = account.withTerms(change, newLimit ? at : account.creditLimitSince());
        return Either.right(Dunning.apply(changed, at, Option.none(), List.of(event.get())));
    }
}
