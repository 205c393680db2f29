package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.Duration;
import java.util.Objects;

/**
 * The terms an account is opened on: its billing cycle, credit limit, arrears grace period, spend-alert
 * thresholds and dunning schedule. Every number of the account's rules is here, with a name.
 *
 * <p>Valid ({@link #problems()} empty) when the billing cycle is valid, the credit limit is zero or more, the grace
 * period is zero or more, the spend-alert thresholds are positive and strictly rising, and the dunning schedule's
 * steps fit the grace period ({@link DunningSchedule#problems}).
 *
 * <pre>{@code
 * AccountTerms terms = AccountTerms.withCreditLimit(Money.ofYuan(500))      // cycle from the 1st, 3 days' grace
 *         .withBillingCycle(BillingCycle.monthlyFromDay(15))
 *         .withArrearsGracePeriod(Duration.ofDays(7))
 *         .withSpendAlerts(Money.ofYuan(1_000), Money.ofYuan(5_000));
 * }</pre>
 *
 * @param billingCycle         the cycles spend alerts count in
 * @param creditLimit          how much the customer may owe before the arrears rule starts counting; zero or more
 * @param arrearsGracePeriod   how long the balance owed may stay above the credit limit before the account is
 *                             suspended for arrears; zero or more (zero suspends at once)
 * @param spendAlertThresholds the spend within one cycle at which an alert is raised, strictly rising; may be empty
 * @param dunning              the staged steps around the grace period (reminder, partial suspension);
 *                             {@link DunningSchedule#SINGLE_STEP} by default
 */
@ValueObject
public record AccountTerms(BillingCycle billingCycle, Money creditLimit, Duration arrearsGracePeriod,
                           Seq<Money> spendAlertThresholds, DunningSchedule dunning) {

    /**
     * The arrears grace period unless the terms say otherwise: 3 days. <b>Library default, not from the sources</b>:
     * rules.md section 7 and seed 000 say only that an account is suspended for arrears (欠费停机) and re-opened on
     * payment, with no number; three days leaves a reminder cycle (notice, then suspension) a customer can act in.
     */
    public static final Duration DEFAULT_ARREARS_GRACE_PERIOD = Duration.ofDays(3);

    public AccountTerms {
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(arrearsGracePeriod, "arrearsGracePeriod");
        Objects.requireNonNull(spendAlertThresholds, "spendAlertThresholds");
        spendAlertThresholds.forEach(t -> Objects.requireNonNull(t, "spendAlertThresholds[]"));
        Objects.requireNonNull(dunning, "dunning");
    }

    /** Terms on the default dunning schedule, {@link DunningSchedule#SINGLE_STEP}: suspended when the grace ends. */
    public AccountTerms(BillingCycle billingCycle, Money creditLimit, Duration arrearsGracePeriod,
                        Seq<Money> spendAlertThresholds) {
        this(billingCycle, creditLimit, arrearsGracePeriod, spendAlertThresholds, DunningSchedule.SINGLE_STEP);
    }

    /**
     * Terms with this credit limit and the library defaults: {@link BillingCycle#CALENDAR_MONTH},
     * {@link #DEFAULT_ARREARS_GRACE_PERIOD}, no spend alerts.
     */
    public static AccountTerms withCreditLimit(Money creditLimit) {
        return new AccountTerms(BillingCycle.CALENDAR_MONTH, creditLimit, DEFAULT_ARREARS_GRACE_PERIOD, List.empty());
    }

    public AccountTerms withBillingCycle(BillingCycle cycle) {
        return new AccountTerms(cycle, creditLimit, arrearsGracePeriod, spendAlertThresholds, dunning);
    }

    public AccountTerms withArrearsGracePeriod(Duration gracePeriod) {
        return new AccountTerms(billingCycle, creditLimit, gracePeriod, spendAlertThresholds, dunning);
    }

    /** These terms with these spend-alert thresholds (lowest first) instead of their own. */
    public AccountTerms withSpendAlerts(Money... thresholds) {
        return withSpendAlertThresholds(List.of(thresholds));
    }

    /** These terms with these spend-alert thresholds (lowest first) instead of their own. */
    public AccountTerms withSpendAlertThresholds(Seq<Money> thresholds) {
        return new AccountTerms(billingCycle, creditLimit, arrearsGracePeriod, thresholds, dunning);
    }

    /** These terms with another credit limit. */
    public AccountTerms withLimit(Money limit) {
        return new AccountTerms(billingCycle, limit, arrearsGracePeriod, spendAlertThresholds, dunning);
    }

    /** These terms with this dunning schedule (a key account's contract term, say) instead of their own. */
    public AccountTerms withDunning(DunningSchedule schedule) {
        return new AccountTerms(billingCycle, creditLimit, arrearsGracePeriod, spendAlertThresholds, schedule);
    }

    /** Every reason these terms cannot govern an account, each naming its field; empty when they can. */
    public Seq<TermProblem> problems() {
        List<TermProblem> problems = List.ofAll(billingCycle.problems());
        if (creditLimit.isNegative()) {
            problems = problems.append(new TermProblem("creditLimit", creditLimit.toString(), "zero or more"));
        }
        if (arrearsGracePeriod.isNegative()) {
            problems = problems.append(
                    new TermProblem("arrearsGracePeriod", arrearsGracePeriod.toString(), "zero or more"));
        }
        Money previous = Money.ZERO;
        for (int i = 0; i < spendAlertThresholds.size(); i++) {
            Money threshold = spendAlertThresholds.get(i);
            if (!threshold.isGreaterThan(previous)) {
                problems = problems.append(new TermProblem("spendAlertThresholds[" + i + "]", threshold.toString(),
                        i == 0 ? "positive" : "above the threshold before it (" + previous + ")"));
            }
            previous = Money.max(previous, threshold);
        }
        return problems.appendAll(dunning.problems(arrearsGracePeriod));
    }
}
