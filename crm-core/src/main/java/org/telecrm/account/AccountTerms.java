package org.telecrm.account;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.jmolecules.ddd.annotation.ValueObject;
import org.telecrm.money.Money;

import java.time.Duration;
import java.util.Objects;

/**
 * The terms an account is opened on: its billing cycle, credit limit, arrears grace period and spend-alert
 * thresholds. Every number of the account's rules is here, with a name.
 *
 * <p>Valid ({@link #problems()} empty) when the billing cycle is valid, the credit limit is zero or more, the grace
 * period is zero or more, and the spend-alert thresholds are positive and strictly rising.
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
 */
@ValueObject
public record AccountTerms(BillingCycle billingCycle, Money creditLimit, Duration arrearsGracePeriod,
                           Seq<Money> spendAlertThresholds) {

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
    }

    /**
     * Terms with this credit limit and the library defaults: {@link BillingCycle#CALENDAR_MONTH},
     * {@link #DEFAULT_ARREARS_GRACE_PERIOD}, no spend alerts.
     */
    public static AccountTerms withCreditLimit(Money creditLimit) {
        return new AccountTerms(BillingCycle.CALENDAR_MONTH, creditLimit, DEFAULT_ARREARS_GRACE_PERIOD, List.empty());
    }

    public AccountTerms withBillingCycle(BillingCycle cycle) {
        return new AccountTerms(cycle, creditLimit, arrearsGracePeriod, spendAlertThresholds);
    }

    public AccountTerms withArrearsGracePeriod(Duration gracePeriod) {
        return new AccountTerms(billingCycle, creditLimit, gracePeriod, spendAlertThresholds);
    }

    /** These terms with these spend-alert thresholds (lowest first) instead of their own. */
    public AccountTerms withSpendAlerts(Money... thresholds) {
        return new AccountTerms(billingCycle, creditLimit, arrearsGracePeriod, List.of(thresholds));
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
        return problems;
    }
}
