package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.telecrm.money.Money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profit line of the value assessment, for any revenue and cost. */
class ValueWithProfitPropertiesTest {

    record Months(Seq<Money> revenue, Seq<Money> cost) {
    }

    @Provide
    Arbitrary<Months> months() {
        return Arbitraries.integers().between(1, 24).flatMap(n -> Arbitraries.longs().between(0, 10_000_000_000L)
                .list().ofSize(n).flatMap(revenue -> Arbitraries.longs().between(0, 10_000_000_000L).list().ofSize(n)
                        .map(cost -> new Months(List.ofAll(revenue).map(Money::ofFen),
                                List.ofAll(cost).map(Money::ofFen)))));
    }

    private static ValueAssessment assess(Seq<Money> revenue, Seq<Money> cost) {
        return KeyAccountValuation.sample().assess(ValueFacts.ofMonthlyRevenue(revenue).withMonthlyCost(cost)).get();
    }

    @Property
    void lessCostNeverLowersTheScoreOrTheGrade(@ForAll("months") Months m, @ForAll @IntRange(max = 30) int month,
                                               @ForAll @LongRange(max = 10_000_000_000L) long lessFen) {
        int i = month % m.cost().size();
        Money lower = Money.max(Money.ZERO, m.cost().get(i).minus(Money.ofFen(lessFen)));
        ValueAssessment before = assess(m.revenue(), m.cost());
        ValueAssessment after = assess(m.revenue(), m.cost().update(i, lower));
        assertTrue(after.score() >= before.score());
        assertTrue(after.grade().compareTo(before.grade()) >= 0);
    }

    @Property
    void theProfitOnlyAddsToTheRevenueOnlyAssessment(@ForAll("months") Months m) {
        ValueAssessment revenueOnly = KeyAccountValuation.sample().assess(ValueFacts.ofMonthlyRevenue(m.revenue()))
                .get();
        ValueAssessment withProfit = assess(m.revenue(), m.cost());
        long profitPoints = withProfit.reasons().filter(r -> r.factor().equals("profit")).map(ValueReason::points)
                .sum().longValue();
        assertEquals(revenueOnly.score() + profitPoints, withProfit.score());
        assertTrue(profitPoints >= 0);
    }
}
