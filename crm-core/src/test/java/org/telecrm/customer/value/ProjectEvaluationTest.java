package org.telecrm.customer.value;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worked examples of the project-assessment model (rules.md section 2). The IRRs were checked with a separate
 * 50-digit bisection script: -100, 60, 60 solves 100 g^2 - 60 g - 60 = 0, g = (60 + sqrt 27600) / 200.
 */
class ProjectEvaluationTest {

    private static Irr irr(long... yuan) {
        return Irr.of(CashFlows.ofYuan(yuan)).getOrElseThrow(e -> new AssertionError(e.message()));
    }

    private static ProjectError irrError(long... yuan) {
        return Irr.of(CashFlows.ofYuan(yuan)).getLeft();
    }

    @Nested
    class InternalRateOfReturn {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource(delimiter = ';', value = {
                "-1000 1100; 0.100000000000",
                "-100 60 60; 0.130662386292",
                "-1000000 400000 400000 400000; 0.097010257403",
                "-100 100; 0.000000000000",
                "-100 50 40; -0.069926474563",
                "0 -1000 1100 0; 0.100000000000",
                "1000 -1100; 0.100000000000",
                "-1 1000000; 999999.000000000000",
                "-1000000 1; -0.999999000000"})
        void statedWithinTheTolerance(String flows, String expected) {
            long[] yuan = java.util.Arrays.stream(flows.trim().split(" +")).mapToLong(Long::parseLong).toArray();
            BigDecimal stated = irr(yuan).rate();
            assertTrue(stated.subtract(new BigDecimal(expected)).abs().compareTo(Irr.TOLERANCE) <= 0,
                    () -> "IRR of " + flows + " was " + stated);
            assertEquals(Irr.SCALE, stated.scale());
        }

        @Test
        void aPercentForDisplay() {
            assertEquals("13.0662%", irr(-100, 60, 60).toString());
        }

        @Test
        void flowsOfOneSignHaveNone() {
            assertInstanceOf(ProjectError.NoSignChange.class, irrError(100, 50));
            assertInstanceOf(ProjectError.NoSignChange.class, irrError(-100, -50, 0));
            assertInstanceOf(ProjectError.NoSignChange.class, irrError(0, 0, 0));
            assertTrue(irrError(100, 50).message().startsWith("cashFlows never change sign"));
        }

        @Test
        void flowsWithSeveralRatesGetATypedErrorNamingThem() {
            // -100 + 230/g - 132/g^2 = 0 at g = 1.1 and g = 1.2: 10% and 20% both make the NPV zero.
            ProjectError error = irrError(-100, 230, -132);
            assertEquals(new ProjectError.SeveralRates(io.vavr.collection.List.of(
                    new java.math.BigDecimal("0.100000000000"), new java.math.BigDecimal("0.200000000000"))), error);
            assertEquals("cashFlows", error.field());
            assertEquals("cashFlows have 2 rates that make the net present value zero (10.0000%, 20.0000%), so no single"
                    + " IRR is stated", error.message());
        }

        @Test
        void flowsThatChangeSignSeveralTimesGetTheirRateWhenExactlyOneExists() {
            // -1 + 3/g - 3/g^2 + 2/g^3 = 0: g^3 - 3g^2 + 3g - 2 = (g - 2)(g^2 - g + 1), one real root g = 2.
            assertEquals(new java.math.BigDecimal("1.000000000000"), Irr.of(CashFlows.ofYuan(-1, 3, -3, 2)).get().rate());
            assertEquals(ProjectDecision.PURSUE, ProjectEvaluation.sample().assess(CashFlows.ofYuan(-1, 3, -3, 2)).get().decision());
        }

        @Test
        void aDoubleRateWhereTheNpvOnlyTouchesZeroIsFound() {
            // -1 + 2/g - 1/g^2 = -(1 - 1/g)^2: zero only at g = 1 (0%), where it does not change sign.
            BigDecimal rate = Irr.of(CashFlows.ofYuan(-1, 2, -1)).get().rate();
            assertTrue(rate.abs().compareTo(Irr.TOLERANCE) <= 0, rate::toPlainString);
        }

        @Test
        void flowsThatChangeSignButHaveNoRateSaySo() {
            // -1 + 1/g - 1/g^2: g^2 - g + 1 has no real root.
            assertEquals(new ProjectError.NoRate(2), irrError(-1, 1, -1));
        }

        @Test
        void noFlowsAtAll() {
            assertEquals(new ProjectError.NoCashFlows(), irrError());
            assertEquals("cashFlows must not be empty", irrError().message());
        }
    }

    @Nested
    class ReturnOnInvestmentIsExact {

        @Test
        void netGainOverTheAmountInvested() {
            Roi roi = ProjectEvaluation.roi(CashFlows.ofYuan(-600_000, -400_000, 400_000, 400_000, 400_000)).get();
            assertEquals(Money.ofYuan(200_000), roi.netGain());
            assertEquals(Money.ofYuan(1_000_000), roi.invested());
            assertEquals("20.00%", roi.toString());
        }

        @Test
        void aHurdleIsReachedExactlyAtItsValue() {
            Roi roi = new Roi(Money.ofFen(1), Money.ofFen(3));   // 33.333...%
            assertFalse(roi.reaches(Rate.percent("33.3333333333333333334")));
            assertTrue(roi.reaches(Rate.percent("33.3333333333333333333")));
            assertTrue(new Roi(Money.ofYuan(20), Money.ofYuan(100)).reaches(Rate.percent(20)));
        }

        @Test
        void nothingInvested() {
            assertEquals(new ProjectError.NoOutflow(), ProjectEvaluation.roi(CashFlows.ofYuan(0, 10)).getLeft());
            assertEquals(new ProjectError.NoCashFlows(), ProjectEvaluation.roi(CashFlows.ofYuan()).getLeft());
        }
    }

    @Nested
    class PursueOrAbandon {

        private final CashFlows flows = CashFlows.ofYuan(-1_000_000, 400_000, 400_000, 400_000);

        @Test
        void abandonedWhenTheIrrMissesTheSampleHurdle() {
            ProjectAssessment a = ProjectEvaluation.sample().assess(flows).get();
            assertEquals(ProjectDecision.ABANDON, a.decision());
            assertEquals("ROI 20.00% reaches the hurdle of 15% (net CNY 200000.00 on CNY 1000000.00 invested)", a.reasons().get(0));
            assertEquals("IRR 9.7010% misses the hurdle of 10% a period", a.reasons().get(1));
            assertEquals("abandon (放弃)", a.reasons().get(2));
        }

        @Test
        void pursuedWhenBothHurdlesAreReached() {
            ProjectEvaluation engine = ProjectEvaluation.of(new ProjectHurdles(Rate.percent(20), Rate.percent(8)));
            assertEquals(ProjectDecision.PURSUE, engine.assess(flows).get().decision());
        }

        @Test
        void abandonedWhenTheRoiMisses() {
            ProjectEvaluation engine = ProjectEvaluation.of(new ProjectHurdles(Rate.percent("20.01"), Rate.ZERO));
            assertEquals(ProjectDecision.ABANDON, engine.assess(flows).get().decision());
        }

        @Test
        void noDecisionWithoutAnIrr() {
            assertInstanceOf(ProjectError.SeveralRates.class,
                    ProjectEvaluation.sample().assess(CashFlows.ofYuan(-100, 230, -132)).getLeft());
        }
    }
}
