package org.telecrm.customer.value;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invariants of the value assessment (rules.md section 2), for any facts and any valid thresholds. */
class KeyAccountValuationPropertiesTest {

    private static final KeyAccountValuation ENGINE = KeyAccountValuation.sample();

    private static ValueAssessment assess(ValueFacts facts) {
        return KeyAccountValuationTest.assess(facts);
    }

    @Property
    void moreRevenueNeverLowersTheGradeOrTheScore(@ForAll("facts") ValueFacts facts, @ForAll @IntRange(max = 40) int month,
                                                  @ForAll @LongRange(max = 10_000_000_000L) long moreFen) {
        Seq<Money> revenue = facts.monthlyRevenue();
        int index = month % revenue.size();
        ValueFacts richer = facts.withMonthlyRevenue(revenue.update(index, revenue.get(index).plus(Money.ofFen(moreFen))));
        ValueAssessment before = assess(facts);
        ValueAssessment after = assess(richer);
        assertTrue(after.score() >= before.score());
        assertTrue(after.grade().compareTo(before.grade()) >= 0, () -> before.grade() + " became " + after.grade());
    }

    @Property
    void morePotentialNeverLowersTheGradeOrTheScore(@ForAll("facts") ValueFacts facts,
                                                    @ForAll @LongRange(max = 10_000_000_000L) long moreContracted,
                                                    @ForAll @LongRange(max = 10_000_000_000L) long moreForecast,
                                                    @ForAll @IntRange(max = 50) int moreGrowthPercent) {
        ValueFacts more = facts.withContractedRevenue(facts.contractedRevenue().plus(Money.ofFen(moreContracted)))
                .withForecastRevenue(facts.forecastRevenue().plus(Money.ofFen(moreForecast)))
                .withIndustryGrowth(new Rate(facts.industryGrowth().fraction().add(Rate.percent(moreGrowthPercent).fraction())));
        ValueAssessment before = assess(facts);
        ValueAssessment after = assess(more);
        assertTrue(after.potentialValue() >= before.potentialValue());
        assertTrue(after.grade().compareTo(before.grade()) >= 0, () -> before.grade() + " became " + after.grade());
    }

    @Property
    void thePartsAddUp(@ForAll("facts") ValueFacts facts) {
        ValueAssessment a = assess(facts);
        assertEquals(a.tangibleValue(), a.currentValue() + a.potentialValue());
        assertEquals(a.score(), a.tangibleValue() + a.intangibleValue());
        assertTrue(a.reasons().forAll(r -> r.points() >= 0));
        assertEquals(ENGINE.table().thresholds().gradeFor(a.score()), a.grade());
    }

    @Property
    void everyScoreHasExactlyOneGradeWhoseBandHoldsIt(@ForAll("thresholds") GradeThresholds thresholds,
                                                      @ForAll @LongRange(max = 1_000_000) long score) {
        KeyAccountGrade grade = thresholds.gradeFor(score);
        Seq<KeyAccountGrade> holding = List.of(KeyAccountGrade.values()).filter(g -> thresholds.startOf(g) <= score
                && KeyAccountGrade.of(g.level() + 1).forAll(next -> score < thresholds.startOf(next)));
        assertEquals(List.of(grade), holding);
    }

    @Property
    void thresholdsAreRespectedAtTheirBoundaries(@ForAll("thresholds") GradeThresholds thresholds) {
        for (KeyAccountGrade grade : KeyAccountGrade.values()) {
            long start = thresholds.startOf(grade);
            assertEquals(grade, thresholds.gradeFor(start));
            if (grade != KeyAccountGrade.ONE_A) {
                assertEquals(KeyAccountGrade.of(grade.level() - 1).get(), thresholds.gradeFor(start - 1));
            }
        }
    }

    @Property
    void thresholdsThatDoNotRiseStrictlyAreRefusedNamingTheGrade(@ForAll("thresholds") GradeThresholds thresholds,
                                                                 @ForAll @IntRange(min = 2, max = 5) int level,
                                                                 @ForAll @LongRange(max = 500) long backBy) {
        KeyAccountGrade grade = KeyAccountGrade.of(level).get();
        KeyAccountGrade below = KeyAccountGrade.of(level - 1).get();
        GradeThresholds overlapping = new GradeThresholds(thresholds.startsAt()
                .put(grade, Math.max(0, thresholds.startOf(below) - backBy)));
        Seq<ValueError> problems = overlapping.problems();
        assertFalse(problems.isEmpty());
        assertTrue(problems.exists(p -> p.field().equals("thresholds." + grade.name()) && p.message().contains(grade.label())),
                problems.map(ValueError::message).mkString("; "));
    }

    @Provide
    Arbitrary<GradeThresholds> thresholds() {
        return Arbitraries.longs().between(1, 400).list().ofSize(4).map(steps -> {
            long a = steps.get(0);
            long b = a + steps.get(1);
            long c = b + steps.get(2);
            return GradeThresholds.of(0, a, b, c, c + steps.get(3));
        });
    }

    @Provide
    Arbitrary<ValueFacts> facts() {
        Arbitrary<Money> amount = Arbitraries.longs().between(0, 5_000_000_000L).map(Money::ofFen)
                .edgeCases(e -> e.add(Money.ZERO, Money.ofFen(1)));
        Arbitrary<Seq<Money>> revenue = amount.list().ofMinSize(1).ofMaxSize(20).map(List::ofAll);
        Arbitrary<PaymentRecord> payments = Arbitraries.integers().between(0, 24)
                .flatMap(billed -> Arbitraries.integers().between(0, billed).map(late -> new PaymentRecord(billed, late)));
        Arbitrary<ValueFacts> base = Combinators.combine(revenue, Arbitraries.integers().between(0, 12), payments,
                        amount, amount, Arbitraries.of(CustomerSize.class), Arbitraries.integers().between(0, 30))
                .as((r, lines, pay, contracted, forecast, size, growth) -> ValueFacts.ofMonthlyRevenue(r)
                        .withProductLines(lines).withPayments(pay).withContractedRevenue(contracted)
                        .withForecastRevenue(forecast).withSize(size).withIndustryGrowth(Rate.percent(growth)));
        return Combinators.combine(base, Arbitraries.of(IntangibleFactor.class), Arbitraries.integers().between(0, 5))
                .as((facts, factor, rating) -> facts.withRating(factor, rating));
    }
}
