package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.jmolecules.ddd.annotation.Service;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The key-account value assessment (大客户价值评估模型, rules.md section 2): a pure function from a customer's
 * {@link ValueFacts} and a {@link ValueTable} to its points per factor and its grade 1A..5A.
 *
 * <p>Every factor's points are exact: money is turned into points by exact decimal arithmetic and rounded down
 * once per factor, so more revenue or more potential never earns fewer points, and a higher score never gets a
 * lower grade.
 *
 * <pre>{@code
 * KeyAccountValuation engine = KeyAccountValuation.sample();
 * ValueAssessment a = engine.assess(ValueFacts.ofMonthlyRevenue(List.fill(12, Money.ofYuan(100_000)))
 *         .withContractedRevenue(Money.ofYuan(600_000))).get();
 * a.score();    // 150: 120 for CNY 1,200,000 a year, 30 for half of CNY 600,000 contracted
 * a.grade();    // THREE_A (3A from 100 points, 4A from 300)
 * engine.assess(ValueFacts.ofMonthlyRevenue(List.empty()));   // Invalid: "monthlyRevenue must not be empty"
 * }</pre>
 */
@Service
public final class KeyAccountValuation {

    /** A year in months: current revenue over the window is annualised to a year's worth. */
    private static final long MONTHS_PER_YEAR = 12;

    private static final KeyAccountValuation SAMPLE = new KeyAccountValuation(ValueTable.SAMPLE);

    private final ValueTable table;

    private KeyAccountValuation(ValueTable table) {
        this.table = table;
    }

    /** The engine for a table, or every problem of the table, each naming its field. */
    public static Validation<Seq<ValueError>, KeyAccountValuation> of(ValueTable table) {
        return Objects.requireNonNull(table, "table").validate().map(KeyAccountValuation::new);
    }

    /** The engine on the library sample table {@link ValueTable#SAMPLE}. */
    public static KeyAccountValuation sample() {
        return SAMPLE;
    }

    public ValueTable table() {
        return table;
    }

    /** The points and grade of a key account, or every problem of its facts, each naming its field. */
    public Validation<Seq<ValueError>, ValueAssessment> assess(ValueFacts facts) {
        Seq<ValueError> problems = problems(Objects.requireNonNull(facts, "facts"));
        if (!problems.isEmpty()) {
            return Validation.invalid(problems);
        }
        try {
            Seq<ValueReason> reasons = current(facts).appendAll(potential(facts)).appendAll(intangible(facts));
            long score = reasons.foldLeft(0L, (sum, r) -> count(BigInteger.valueOf(sum).add(
                    BigInteger.valueOf(r.points())), "score"));
            return Validation.valid(new ValueAssessment(reasons, table.thresholds().gradeFor(score),
                    table.thresholds()));
        } catch (TooLargeFailure e) {
            return Validation.invalid(List.of(e.error));
        }
    }

    /**
     * Carries a {@link ValueError.TooLarge} out of the nested computation to {@link #assess}, which answers with it;
     * it never leaves this class.
     */
    private static final class TooLargeFailure extends RuntimeException {
        private final transient ValueError.TooLarge error;

        TooLargeFailure(ValueError.TooLarge error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    /** A count of points, exactly, or the typed refusal when it is beyond the largest count. */
    private static long count(BigInteger points, String field) {
        if (points.bitLength() >= Long.SIZE) {
            throw new TooLargeFailure(new ValueError.TooLarge(field, points + " points is beyond the largest count, "
                    + Long.MAX_VALUE));
        }
        return points.longValue();
    }

    /** An amount in fen, rounded as stated, or the typed refusal when it is beyond the largest amount. */
    private static Money amount(BigDecimal exactFen, String field) {
        return Money.checkedFromExactFen(exactFen, RoundingMode.HALF_UP, field).getOrElseThrow(overflow ->
                new TooLargeFailure(new ValueError.TooLarge(field, overflow.message())));
    }

    private static long product(long a, long b, String field) {
        return count(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)), field);
    }

    private Seq<ValueError> problems(ValueFacts facts) {
        List<ValueError> problems = List.empty();
        if (facts.monthlyRevenue().isEmpty()) {
            problems = problems.append(new ValueError.Empty("monthlyRevenue"));
        }
        problems = problems.appendAll(facts.monthlyRevenue().zipWithIndex()
                .filter(month -> month._1.isNegative())
                .map(month -> negative("monthlyRevenue[" + month._2 + "]", month._1)));
        if (facts.productLines() < 0) {
            problems = problems.append(new ValueError.Negative("productLines", Integer.toString(facts.productLines())));
        }
        PaymentRecord payments = facts.payments();
        if (payments.monthsBilled() < 0) {
            problems = problems.append(new ValueError.Negative("payments.monthsBilled", Integer.toString(payments.monthsBilled())));
        } else if (payments.monthsPaidLate() < 0 || payments.monthsPaidLate() > payments.monthsBilled()) {
            problems = problems.append(new ValueError.OutOfRange("payments.monthsPaidLate", payments.monthsPaidLate(),
                    0, payments.monthsBilled()));
        }
        for (Seq<Money> cost : facts.monthlyCost()) {
            if (cost.size() != facts.monthlyRevenue().size()) {
                problems = problems.append(new ValueError.OutOfRange("monthlyCost (months)", cost.size(),
                        facts.monthlyRevenue().size(), facts.monthlyRevenue().size()));
            }
            problems = problems.appendAll(cost.zipWithIndex().filter(month -> month._1.isNegative())
                    .map(month -> negative("monthlyCost[" + month._2 + "]", month._1)));
        }
        if (facts.contractedRevenue().isNegative()) {
            problems = problems.append(negative("contractedRevenue", facts.contractedRevenue()));
        }
        if (facts.forecastRevenue().isNegative()) {
            problems = problems.append(negative("forecastRevenue", facts.forecastRevenue()));
        }
        return problems.appendAll(facts.intangibleRatings()
                .filter((factor, rating) -> rating < 0 || rating > table.maxIntangibleRating())
                .map(rated -> new ValueError.OutOfRange("intangibleRatings." + rated._1.name(), rated._2,
                        0, table.maxIntangibleRating())));
    }

    private static ValueError negative(String field, Money amount) {
        return new ValueError.Negative(field, amount.toPlainString());
    }

    private Seq<ValueReason> current(ValueFacts facts) {
        Window window = window(facts);
        PaymentRecord payments = facts.payments();
        long paymentPoints = payments.monthsBilled() == 0 ? 0
                : product(table.onTimePaymentPoints(), payments.monthsPaidOnTime(), "payments") / payments.monthsBilled();
        return List.of(
                new ValueReason(ValueComponent.CURRENT_DIRECT, "revenue",
                        window.yearly() + " a year (" + window.months() + " months at " + table.currentRevenueWeight() + ")",
                        points(window.twelveTimesSumFen(), window.months(), table.currentRevenueWeight())),
                new ValueReason(ValueComponent.CURRENT_ADDED, "breadth of products",
                        facts.productLines() + " product lines",
                        product(table.pointsPerProductLine(), facts.productLines(), "productLines")),
                new ValueReason(ValueComponent.CURRENT_ADDED, "payment record",
                        payments.monthsBilled() == 0 ? "none yet"
                                : payments.monthsPaidOnTime() + " of " + payments.monthsBilled() + " months paid on time",
                        paymentPoints))
                .appendAll(profit(facts, window));
    }

    /**
     * The profit line, where the facts give the cost: revenue minus cost over the window, annualised, at the profit
     * weight; a loss earns no points (and says so).
     */
    private Seq<ValueReason> profit(ValueFacts facts, Window window) {
        return facts.monthlyCost().map(cost -> {
            BigDecimal costSum = cost.takeRight(window.months()).map(Money::exactFen).fold(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal twelveTimesProfit = window.twelveTimesSumFen().subtract(costSum.multiply(
                    BigDecimal.valueOf(MONTHS_PER_YEAR)));
            Money yearly = amount(twelveTimesProfit.divide(BigDecimal.valueOf(window.months()), 0,
                    RoundingMode.HALF_UP), "monthlyCost");
            boolean loss = twelveTimesProfit.signum() < 0;
            return new ValueReason(ValueComponent.CURRENT_DIRECT, "profit",
                    (loss ? "a loss of " + yearly.negate() : yearly.toString()) + " a year (" + window.months()
                            + " months at " + table.profitWeight() + ")",
                    loss ? 0 : points(twelveTimesProfit, window.months(), table.profitWeight()));
        }).toList();
    }

    private Seq<ValueReason> potential(ValueFacts facts) {
        Window window = window(facts);
        Rate growth = facts.industryGrowth();
        Money predicted = amount(growth.applyTo(window.twelveTimesSumFen())
                .divide(BigDecimal.valueOf(window.months()), 0, RoundingMode.HALF_UP), "industryGrowth");
        return List.of(
                new ValueReason(ValueComponent.POTENTIAL_DIRECT, "contracted revenue",
                        facts.contractedRevenue() + " at " + table.contractedRevenueWeight(),
                        points(facts.contractedRevenue().exactFen(), 1, table.contractedRevenueWeight())),
                new ValueReason(ValueComponent.POTENTIAL_DIRECT, "forecast revenue",
                        facts.forecastRevenue() + " at " + table.forecastRevenueWeight(),
                        points(facts.forecastRevenue().exactFen(), 1, table.forecastRevenueWeight())),
                new ValueReason(ValueComponent.POTENTIAL_INDIRECT, "size", facts.size().name(),
                        table.sizePoints().get(facts.size()).get()),
                new ValueReason(ValueComponent.POTENTIAL_INDIRECT, "industry growth",
                        growth + " a year, predicting " + predicted + " more a year, at " + table.industryGrowthWeight(),
                        points(growth.applyTo(window.twelveTimesSumFen()), window.months(), table.industryGrowthWeight())));
    }

    /**
     * The revenue window: the latest months of revenue, at most the table's window. A year's revenue is
     * {@code sum x 12 / months}; it is kept as the exact numerator {@code sum x 12} and the month count, so that
     * points are computed with one exact division (x / 7 is not a terminating decimal).
     */
    private record Window(BigDecimal twelveTimesSumFen, int months) {
        Money yearly() {
            return amount(twelveTimesSumFen.divide(BigDecimal.valueOf(months), 0, RoundingMode.HALF_UP),
                    "monthlyRevenue");
        }
    }

    private Window window(ValueFacts facts) {
        Seq<Money> months = facts.monthlyRevenue().takeRight(table.revenueWindowMonths());
        BigDecimal sum = months.map(Money::exactFen).fold(BigDecimal.ZERO, BigDecimal::add);
        return new Window(sum.multiply(BigDecimal.valueOf(MONTHS_PER_YEAR)), months.size());
    }

    private Seq<ValueReason> intangible(ValueFacts facts) {
        return List.of(IntangibleFactor.values())
                .filter(factor -> facts.ratingOf(factor) > 0)
                .map(factor -> new ValueReason(ValueComponent.INTANGIBLE, factor.name().toLowerCase().replace('_', ' '),
                        "rated " + facts.ratingOf(factor) + " of " + table.maxIntangibleRating(),
                        product(table.pointsPerRatingStep().get(factor).get(), facts.ratingOf(factor),
                                "intangibleRatings." + factor.name())));
    }

    /** floor(weight x exactFen / (divisor x revenuePerPoint)): one exact division, rounded down. */
    private long points(BigDecimal exactFen, long divisor, Rate weight) {
        BigDecimal perPoint = table.revenuePerPoint().exactFen().multiply(BigDecimal.valueOf(divisor));
        return count(weight.applyTo(exactFen).divide(perPoint, 0, RoundingMode.FLOOR).toBigIntegerExact(), "points");
    }
}
