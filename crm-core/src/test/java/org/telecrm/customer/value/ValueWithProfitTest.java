package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Value with profit (rules.md section 2: value measured from revenue, profit and social value), where the cost is known. */
class ValueWithProfitTest {

    private static final Seq<Money> REVENUE = List.fill(12, Money.ofYuan(100_000));

    private static ValueAssessment assess(ValueFacts facts) {
        return KeyAccountValuation.sample().assess(facts).get();
    }

    @Test
    void withTheCostKnownTheProfitCountsAtItsWeight() {
        ValueAssessment a = assess(ValueFacts.ofMonthlyRevenue(REVENUE).withMonthlyCost(List.fill(12,
                Money.ofYuan(70_000))));
        ValueReason profit = a.reasons().find(r -> r.factor().equals("profit")).get();
        assertEquals("current direct value: profit CNY 360000.00 a year (12 months at 100%) -> 36 points",
                profit.describe());
        assertEquals(156, a.currentValue(), "120 for the revenue, 36 for the profit");
        assertEquals(KeyAccountGrade.THREE_A, a.grade());
    }

    @Test
    void withoutTheCostTheAssessmentIsRevenueOnlyAsBefore() {
        ValueAssessment a = assess(ValueFacts.ofMonthlyRevenue(REVENUE));
        assertEquals(List.empty(), a.reasons().filter(r -> r.factor().equals("profit")));
        assertEquals(120, a.currentValue());
    }

    @Test
    void aLossEarnsNoPointsAndSaysSo() {
        ValueAssessment a = assess(ValueFacts.ofMonthlyRevenue(REVENUE).withMonthlyCost(List.fill(12,
                Money.ofYuan(110_000))));
        assertEquals("current direct value: profit a loss of CNY 120000.00 a year (12 months at 100%) -> 0 points",
                a.reasons().find(r -> r.factor().equals("profit")).get().describe());
    }

    @Test
    void theProfitWeightIsTheTablesAndTheCostMustMatchTheRevenueMonthForMonth() {
        KeyAccountValuation half = KeyAccountValuation.of(ValueTable.SAMPLE.withProfitWeight(Rate.percent(50))).get();
        assertEquals(18, half.assess(ValueFacts.ofMonthlyRevenue(REVENUE).withMonthlyCost(List.fill(12,
                Money.ofYuan(70_000)))).get().reasons().find(r -> r.factor().equals("profit")).get().points());
        Seq<ValueError> errors = KeyAccountValuation.sample().assess(ValueFacts.ofMonthlyRevenue(REVENUE)
                .withMonthlyCost(List.fill(11, Money.ofYuan(1)).append(Money.ofYuan(-1)).append(Money.ZERO)))
                .getError();
        assertEquals(List.of("monthlyCost (months) must be between 12 and 12, was 13",
                "monthlyCost[11] must not be negative, was -1.00"), errors.map(ValueError::message));
    }
}
