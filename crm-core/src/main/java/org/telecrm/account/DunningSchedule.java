package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.jmolecules.ddd.annotation.ValueObject;

import java.time.Duration;
import java.util.Objects;

/**
 * The staged steps of dunning (催缴) around an account's arrears grace period: an optional <b>reminder</b> that far
 * into an over-limit run, within the grace period, and an optional <b>partial suspension</b> (单停: outgoing service
 * stopped) from the end of the grace period, for that long before the full <b>suspension</b> (双停). Every delay is
 * measured from {@link Account#overLimitSince()}; the grace period itself is
 * {@link AccountTerms#arrearsGracePeriod()}.
 *
 * <pre>
 *   over the limit      reminder            grace period ends            suspension
 *   |------------------|-------------------|-----------------------------|
 *   0                  reminderAfter       arrearsGracePeriod             arrearsGracePeriod + partialSuspensionFor
 *                                          (partial suspension, 单停)     (双停)
 * </pre>
 *
 * <p>{@link #SINGLE_STEP}, the library default, has neither: the account is suspended when the grace period ends,
 * as before staged dunning existed. {@link #SAMPLE_STAGED} is a documented sample. A key account's contract may set
 * its own schedule (a contract term): the host opens the account on terms with it.
 *
 * <pre>{@code
 * AccountTerms terms = AccountTerms.withCreditLimit(Money.ofYuan(500))          // 3 days' grace
 *         .withDunning(DunningSchedule.SAMPLE_STAGED);                          // reminder day 1, 单停 day 3, 双停 day 10
 * DunningSchedule.SINGLE_STEP.withReminderAfter(Duration.ZERO);               // a reminder as soon as it is over
 * }</pre>
 *
 * @param reminderAfter        when the reminder is due, from the start of the over-limit run; shorter than the grace
 *                             period; none: no reminder
 * @param partialSuspensionFor how long the partial suspension lasts before the full suspension; positive; none: the
 *                             full suspension comes when the grace period ends
 */
@ValueObject
public record DunningSchedule(Option<Duration> reminderAfter, Option<Duration> partialSuspensionFor) {

    /** <b>Library default</b>: no reminder, no partial suspension; suspended when the grace period ends. */
    public static final DunningSchedule SINGLE_STEP = new DunningSchedule(Option.none(), Option.none());

    /**
     * <b>Library sample, not from the sources</b> (rules.md section 7 and seed 000 name suspension for arrears and
     * re-opening on payment, with no steps or numbers): a reminder 1 day into the over-limit run, then, with the
     * default 3 days' grace, a partial suspension (单停) on day 3 and the full suspension (双停) 7 days later, on day
     * 10.
     */
    public static final DunningSchedule SAMPLE_STAGED = new DunningSchedule(Option.some(Duration.ofDays(1)),
            Option.some(Duration.ofDays(7)));

    public DunningSchedule {
        Objects.requireNonNull(reminderAfter, "reminderAfter");
        Objects.requireNonNull(partialSuspensionFor, "partialSuspensionFor");
        reminderAfter.forEach(d -> Objects.requireNonNull(d, "reminderAfter"));
        partialSuspensionFor.forEach(d -> Objects.requireNonNull(d, "partialSuspensionFor"));
    }

    /** This schedule with a reminder that far into an over-limit run. */
    public DunningSchedule withReminderAfter(Duration delay) {
        return new DunningSchedule(Option.some(delay), partialSuspensionFor);
    }

    /** This schedule with a partial suspension that long between the grace period's end and the suspension. */
    public DunningSchedule withPartialSuspensionFor(Duration length) {
        return new DunningSchedule(reminderAfter, Option.some(length));
    }

    /**
     * The stage of dunning due {@code overLimitFor} into an over-limit run under a grace period: the latest step whose
     * delay has passed, {@link AccountState#ACTIVE} before any.
     */
    public AccountState stageDue(Duration overLimitFor, Duration gracePeriod) {
        if (overLimitFor.compareTo(suspensionAfter(gracePeriod)) >= 0) {
            return AccountState.SUSPENDED_FOR_ARREARS;
        }
        if (partialSuspensionFor.isDefined() && overLimitFor.compareTo(gracePeriod) >= 0) {
            return AccountState.PARTIALLY_SUSPENDED;
        }
        return reminderAfter.exists(r -> overLimitFor.compareTo(r) >= 0) ? AccountState.REMINDED : AccountState.ACTIVE;
    }

    /** When the full suspension is due, from the start of an over-limit run, under this grace period. */
    public Duration suspensionAfter(Duration gracePeriod) {
        return gracePeriod.plus(partialSuspensionFor.getOrElse(Duration.ZERO));
    }

    /** Every reason this schedule cannot be used with this grace period, naming the field; empty when it can. */
    public Seq<TermProblem> problems(Duration gracePeriod) {
        List<TermProblem> problems = List.empty();
        for (Duration r : reminderAfter) {
            if (r.isNegative() || r.compareTo(gracePeriod) >= 0) {
                problems = problems.append(new TermProblem("dunning.reminderAfter", r.toString(),
                        "zero or more and shorter than the arrearsGracePeriod (" + gracePeriod + ")"));
            }
        }
        for (Duration p : partialSuspensionFor) {
            if (p.isNegative() || p.isZero()) {
                problems = problems.append(new TermProblem("dunning.partialSuspensionFor", p.toString(), "positive"));
            }
        }
        return problems;
    }

    /** The steps in words, for messages: {@code "reminder after PT24H, partial suspension for PT168H"}. */
    public String describe() {
        return reminderAfter.map(r -> "reminder after " + r).getOrElse("no reminder") + ", "
                + partialSuspensionFor.map(p -> "partial suspension for " + p).getOrElse("no partial suspension");
    }
}
