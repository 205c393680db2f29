package org.telecrm.customer.value;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecrm.customer.KeyAccountGrade;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.testing.FieldErrors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of rules.md section 2 on the sample table (one point = CNY 10,000 of yearly revenue). */
class KeyAccountValuationTest {

    private static final KeyAccountValuation ENGINE = KeyAccountValuation.sample();

    static ValueAssessment assess(ValueFacts facts) {
        return ENGINE.assess(facts).getOrElseGet(errors -> {
            throw new AssertionError(errors.map(ValueError::message).mkString("; "));
        });
    }

    static ValueFacts monthly(long yuan, int months) {
        return ValueFacts.ofMonthlyRevenue(List.fill(months, Money.ofYuan(yuan)));
    }

    static String namedError(Seq<ValueError> errors, String field) {
        return FieldErrors.assertNamed(errors, ValueError::field, ValueError::message, field);
    }

    @Nested
    class CurrentValueIsDirectPlusAdded {

        @Test
        void directValueIsTheWindowsRevenueAYear() {
            ValueAssessment a = assess(monthly(100_000, 12));
            assertEquals(120, a.points(ValueComponent.CURRENT_DIRECT));
            assertEquals(120, a.currentValue());
        }

        @Test
        void aShortHistoryIsAnnualised() {
            assertEquals(60, assess(monthly(50_000, 6)).points(ValueComponent.CURRENT_DIRECT));
        }

        @Test
        void onlyTheLatestTwelveMonthsCount() {
            ValueFacts facts = ValueFacts.ofMonthlyRevenue(List.fill(3, Money.ofYuan(1_000_000))
                    .appendAll(List.fill(12, Money.ofYuan(10_000))));
            assertEquals(12, assess(facts).points(ValueComponent.CURRENT_DIRECT));
        }

        @Test
        void monthsThatDoNotDivideEvenlyRoundDown() {
            // 7 months of CNY 10,000.01 is CNY 120,000.12 a year: 12.000012 points, 12 points.
            assertEquals(12, assess(monthly(0, 0).withMonthlyRevenue(List.fill(7, Money.ofFen(1_000_001))))
                    .points(ValueComponent.CURRENT_DIRECT));
        }

        @Test
        void addedValueIsBreadthAndPaymentRecord() {
            ValueAssessment a = assess(monthly(0, 1).withProductLines(4).withPayments(new PaymentRecord(12, 1)));
            assertEquals(20 + 18, a.points(ValueComponent.CURRENT_ADDED), "5 a line; 20 x 11/12 rounded down");
            assertEquals(38, a.currentValue());
        }

        @Test
        void noPaymentRecordEarnsNothing() {
            assertEquals(0, assess(monthly(0, 1).withPayments(PaymentRecord.NONE)).points(ValueComponent.CURRENT_ADDED));
        }
    }

    @Nested
    class PotentialValueByTheDirectAndIndirectMethod {

        @Test
        void directMethodWeighsContractedAboveForecast() {
            ValueAssessment a = assess(monthly(0, 1).withContractedRevenue(Money.ofYuan(600_000))
                    .withForecastRevenue(Money.ofYuan(400_000)));
            assertEquals(30 + 10, a.points(ValueComponent.POTENTIAL_DIRECT));
        }

        @Test
        void indirectMethodUsesSizeAndIndustryGrowth() {
            ValueAssessment a = assess(monthly(100_000, 12).withSize(CustomerSize.LARGE).withIndustryGrowth(Rate.percent(10)));
            assertEquals(30 + 12, a.points(ValueComponent.POTENTIAL_INDIRECT), "LARGE 30; 10% of CNY 1,200,000 is 12 points");
            assertEquals(42, a.potentialValue());
        }
    }

    @Nested
    class TangibleAndIntangibleAreKeptApart {

        @Test
        void intangibleRatingsCountOnlyAsIntangible() {
            ValueAssessment a = assess(monthly(100_000, 12).withRating(IntangibleFactor.BRAND, 4)
                    .withRating(IntangibleFactor.SATISFACTION, 5));
            assertEquals(36, a.intangibleValue());
            assertEquals(120, a.tangibleValue());
            assertEquals(156, a.score());
        }

        @Test
        void theJavadocExample() {
            ValueAssessment a = assess(monthly(100_000, 12).withContractedRevenue(Money.ofYuan(600_000)));
            assertEquals(150, a.score());
            assertEquals(KeyAccountGrade.THREE_A, a.grade());
            assertTrue(a.describe().last().contains("grade 3A (from 100 up to 4A at 300)"), a.describe().last());
            assertTrue(a.describe().head().startsWith("current direct value: revenue CNY 1200000.00 a year"), a.describe().head());
        }
    }

    @Nested
    class GradeThresholdsAtTheirBoundaries {

        /** Contracted revenue counts at 50%, so CNY 20,000 contracted is exactly one point. */
        ValueAssessment scoring(long points, long fenLess) {
            return assess(monthly(0, 1).withContractedRevenue(Money.ofYuan(points * 20_000).minus(Money.ofFen(fenLess))));
        }

        @ParameterizedTest(name = "{0} points: {1}")
        @CsvSource({"0, ONE_A", "49, ONE_A", "50, TWO_A", "99, TWO_A", "100, THREE_A", "299, THREE_A", "300, FOUR_A",
                "999, FOUR_A", "1000, FIVE_A", "1000000, FIVE_A"})
        void aThresholdBelongsToTheGradeItStarts(long points, KeyAccountGrade grade) {
            ValueAssessment a = scoring(points, 0);
            assertEquals(points, a.score());
            assertEquals(grade, a.grade());
        }

        @Test
        void oneFenBelowAThresholdIsTheGradeBelow() {
            assertEquals(KeyAccountGrade.FOUR_A, scoring(1000, 1).grade());
            assertEquals(KeyAccountGrade.ONE_A, scoring(50, 1).grade());
        }
    }

    @Nested
    class InvalidFactsNameTheirField {

        @Test
        void anEmptyHistory() {
            assertEquals("monthlyRevenue must not be empty",
                    namedError(ENGINE.assess(ValueFacts.ofMonthlyRevenue(List.empty())).getError(), "monthlyRevenue"));
        }

        @Test
        void aNegativeMonth() {
            Seq<ValueError> errors = ENGINE.assess(ValueFacts.ofMonthlyRevenue(List.of(Money.ofYuan(1), Money.ofFen(-5)))).getError();
            assertEquals("monthlyRevenue[1] must not be negative, was -0.05", namedError(errors, "monthlyRevenue[1]"));
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            Seq<ValueError> errors = ENGINE.assess(monthly(1, 1).withProductLines(-1)
                    .withPayments(new PaymentRecord(3, 4))
                    .withContractedRevenue(Money.ofYuan(-1))
                    .withForecastRevenue(Money.ofYuan(-2))
                    .withRating(IntangibleFactor.BRAND, 6)).getError();
            assertEquals(5, errors.size(), errors.map(ValueError::message).mkString("; "));
            namedError(errors, "productLines");
            assertEquals("payments.monthsPaidLate must be between 0 and 3, was 4", namedError(errors, "payments.monthsPaidLate"));
            namedError(errors, "contractedRevenue");
            namedError(errors, "forecastRevenue");
            assertEquals("intangibleRatings.BRAND must be between 0 and 5, was 6", namedError(errors, "intangibleRatings.BRAND"));
        }

        @Test
        void negativeMonthsBilled() {
            namedError(ENGINE.assess(monthly(1, 1).withPayments(new PaymentRecord(-1, 0))).getError(), "payments.monthsBilled");
        }
    }

    @Nested
    class InvalidTablesAreRefusedOnLoad {

        Seq<ValueError> refused(ValueTable table) {
            return KeyAccountValuation.of(table).getError();
        }

        @Test
        void theSampleIsValid() {
            assertTrue(KeyAccountValuation.of(ValueTable.SAMPLE).isValid());
        }

        @Test
        void overlappingThresholds() {
            String message = namedError(refused(ValueTable.SAMPLE.withThresholds(GradeThresholds.of(0, 50, 50, 300, 1000))),
                    "thresholds.THREE_A");
            assertEquals("thresholds.THREE_A (3A) starts at 50 points, which is not above 2A's 50: the grades' bands would overlap", message);
        }

        @Test
        void thresholdsOutOfOrder() {
            namedError(refused(ValueTable.SAMPLE.withThresholds(GradeThresholds.of(0, 50, 400, 300, 1000))), "thresholds.FOUR_A");
        }

        @Test
        void aMissingGrade() {
            GradeThresholds noFourA = new GradeThresholds(LinkedHashMap.of(KeyAccountGrade.ONE_A, 0L, KeyAccountGrade.TWO_A, 50L,
                    KeyAccountGrade.THREE_A, 100L, KeyAccountGrade.FIVE_A, 1000L));
            assertEquals("thresholds.FOUR_A is missing: the table must have an entry for it",
                    namedError(refused(ValueTable.SAMPLE.withThresholds(noFourA)), "thresholds.FOUR_A"));
        }

        @Test
        void aLowestGradeAboveZeroLeavesScoresWithoutAGrade() {
            namedError(refused(ValueTable.SAMPLE.withThresholds(GradeThresholds.of(10, 50, 100, 300, 1000))), "thresholds.ONE_A");
        }

        @Test
        void negativeAndMissingPointsAndABadWindow() {
            ValueTable bad = new ValueTable(0, Money.ZERO, Rate.ONE, -5, 20, Rate.ONE, Rate.ONE,
                    LinkedHashMap.of(CustomerSize.SMALL, 0L), Rate.ONE, 0, ValueTable.SAMPLE.pointsPerRatingStep(),
                    GradeThresholds.SAMPLE);
            Seq<ValueError> errors = refused(bad);
            namedError(errors, "revenueWindowMonths");
            namedError(errors, "revenuePerPoint (fen)");
            namedError(errors, "maxIntangibleRating");
            assertEquals("pointsPerProductLine must not be negative, was -5", namedError(errors, "pointsPerProductLine"));
            namedError(errors, "sizePoints.MEDIUM");
            namedError(errors, "sizePoints.VERY_LARGE");
        }
    }
}
