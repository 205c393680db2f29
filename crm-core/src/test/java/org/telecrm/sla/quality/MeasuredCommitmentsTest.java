package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measured commitments (latency, packet loss, jitter) on the sample table with measured commitments: a window above
 * the limit is breached, the allowance is free, each breached window beyond it earns its share of the monthly
 * rental, and the level's cap bounds the month's whole credit. Each expected number is derived in a comment.
 */
class MeasuredCommitmentsTest {

    static final QualityCompensation ENGINE = QualityCompensation.of(QualityLevelTable.SAMPLE_WITH_MEASURED,
            QualityCompensation.BEIJING_TIME);
    static final CircuitId CIRCUIT = CircuitId.of("DDN-1");
    static final YearMonth APRIL = YearMonth.of(2026, 4);    // 30 days: 8,640 five-minute and 720 hour windows
    static final Money RENTAL = Money.ofYuan(2000);

    static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** {@code n} latency windows from 1 April 00:00 Beijing time, five minutes apart, each at {@code ms}. */
    static Seq<Measurement> latency(int n, String ms) {
        return List.range(0, n).map(i -> new Measurement(CIRCUIT, Metric.LATENCY,
                bj("2026-04-01T00:00:00").plus(Duration.ofMinutes(5L * i)), new BigDecimal(ms)));
    }

    static QualityCase april(QualityLevel level, Outage... outages) {
        return QualityCase.forMonth(CIRCUIT, level, RENTAL, APRIL, List.of(outages));
    }

    static MeasuredAssessment assess(QualityLevel level, Seq<Measurement> measurements, Outage... outages) {
        return ENGINE.assessMeasured(april(level, outages), measurements)
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }

    static MeasuredAssessment.CommitmentResult result(MeasuredAssessment a, Metric metric) {
        return a.commitments().find(r -> r.commitment().metric() == metric).get();
    }

    @Nested
    class AWindowIsBreachedOnlyAboveTheLimit {

        @Test
        void aWindowAtTheLimitIsKept() {
            // L1 latency limit 20 ms: 20 windows at exactly 20 ms breach nothing
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(20, "20"));
            assertEquals(0, result(a, Metric.LATENCY).breached());
            assertEquals(20, result(a, Metric.LATENCY).measured());
            assertEquals(Money.ZERO, a.credit());
            assertFalse(a.breached());
        }

        @Test
        void aWindowAboveTheLimitIsBreached() {
            // 20.001 ms > 20 ms: 13 windows breached, 12 free, 1 credited at 0.5% of CNY 2000 = CNY 10
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(13, "20.001"));
            MeasuredAssessment.CommitmentResult latency = result(a, Metric.LATENCY);
            assertEquals(13, latency.breached());
            assertEquals(1, latency.credited());
            assertEquals(Rate.percent("0.5"), latency.share());
            assertEquals(Money.ofYuan(10), a.credit());
            assertTrue(a.breached());
        }
    }

    @Nested
    class TheAllowanceIsFree {

        @Test
        void breachesWithinTheAllowanceEarnNothing() {
            // 12 breached windows, the L1 allowance is 12: nothing credited, but the commitment was missed
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(12, "25"));
            assertEquals(12, result(a, Metric.LATENCY).breached());
            assertEquals(0, result(a, Metric.LATENCY).credited());
            assertEquals(Rate.ZERO, a.accruedShare());
            assertEquals(Money.ZERO, a.credit());
            assertTrue(a.breached());
        }

        @Test
        void everyBreachedWindowBeyondItEarnsItsShare() {
            // L2: allowance 24, 0.3% each; 34 breached windows: 10 x 0.3% = 3% of CNY 2000 = CNY 60
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_2, latency(34, "41"));
            assertEquals(10, result(a, Metric.LATENCY).credited());
            assertEquals(Rate.percent(3), a.accruedShare());
            assertEquals(Money.ofYuan(60), a.credit());
            assertEquals(Money.ofYuan(60), a.totalCredit());
        }
    }

    @Nested
    class TheWindowsOfTheMonth {

        @Test
        void areCountedPerCommitmentFromItsWindow() {
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, List.empty());
            assertEquals(8640, result(a, Metric.LATENCY).windows());     // 30 x 24 x 12
            assertEquals(720, result(a, Metric.PACKET_LOSS).windows());  // 30 x 24
            assertEquals(8640, result(a, Metric.JITTER).windows());
            assertEquals(0, result(a, Metric.JITTER).measured());
        }

        @Test
        void areTheCoveredDaysOnlyWhenTheCaseCoversPartOfTheMonth() {
            QualityCase half = april(QualityLevelTable.LEVEL_1).coveredBetween(APRIL.atDay(16), APRIL.atEndOfMonth());
            MeasuredAssessment a = ENGINE.assessMeasured(half, latency(20, "90")).get();
            assertEquals(15 * 288, result(a, Metric.LATENCY).windows());
            assertEquals(0, result(a, Metric.LATENCY).measured());       // the measurements are of 1 April
        }

        @Test
        void measurementsOutsideThePeriodOrOfAnUncommittedMetricAreIgnored() {
            Measurement march = new Measurement(CIRCUIT, Metric.LATENCY, bj("2026-03-31T23:55:00"), new BigDecimal("99"));
            Measurement may = new Measurement(CIRCUIT, Metric.LATENCY, bj("2026-05-01T00:00:00"), new BigDecimal("99"));
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, List.of(march, may));
            assertEquals(0, result(a, Metric.LATENCY).measured());
            MeasuredAssessment forty = assess(QualityLevelTable.LEVEL_1, latency(40, "99"));
            assertEquals(Money.ofYuan(280), forty.credit());   // (40 - 12) x 0.5% x CNY 2000
            MeasuredAssessment withoutCommitments = QualityCompensation.sample()
                    .assessMeasured(april(QualityLevelTable.LEVEL_1), latency(40, "99")).get();
            assertTrue(withoutCommitments.commitments().isEmpty());
            assertEquals(Money.ZERO, withoutCommitments.credit());
        }
    }

    @Nested
    class EveryMetricCounts {

        @Test
        void packetLossAndJitterAddTheirShares() {
            // L1 packet loss above 0.1% in 5 hourly windows: 3 beyond the allowance of 2, x 1% = 3%;
            // jitter above 5 ms in 14 windows: 2 beyond 12, x 0.5% = 1%; total 4% of CNY 2000 = CNY 80
            Seq<Measurement> loss = List.range(0, 5).map(i -> new Measurement(CIRCUIT, Metric.PACKET_LOSS,
                    bj("2026-04-02T00:00:00").plus(Duration.ofHours(i)), new BigDecimal("0.2")));
            Seq<Measurement> jitter = List.range(0, 14).map(i -> new Measurement(CIRCUIT, Metric.JITTER,
                    bj("2026-04-03T00:00:00").plus(Duration.ofMinutes(5L * i)), new BigDecimal("6")));
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, loss.appendAll(jitter));
            assertEquals(Rate.percent(3), result(a, Metric.PACKET_LOSS).share());
            assertEquals(Rate.percent(1), result(a, Metric.JITTER).share());
            assertEquals(Rate.percent(4), a.accruedShare());
            assertEquals(Money.ofYuan(80), a.credit());
        }
    }

    @Nested
    class TheCapBoundsTheMonthsWholeCredit {

        @Test
        void theMeasurementsAddOnlyWhatTheOutagesLeaveUnderTheCap() {
            // a 2-day provider outage: L1 availability 28/30 = 93.33%, far below 99.95%: the outages alone accrue
            // more than the cap (100%), so the measurements add nothing
            Outage twoDays = Outage.of("T-1", CIRCUIT, bj("2026-04-10T00:00:00"), bj("2026-04-12T00:00:00"),
                    OutageCause.PROVIDER).respondedAt(bj("2026-04-10T00:00:00"));
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(100, "99"), twoDays);
            assertEquals(RENTAL, a.outages().credit());
            assertEquals(Money.ZERO, a.credit());
            assertEquals(RENTAL, a.totalCredit());
            assertTrue(a.capped());
        }

        @Test
        void aMonthOfBreachesIsCappedAtTheRental() {
            // 8,640 breached latency windows: 8,628 x 0.5% far beyond 100%: the month's credit is the rental
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(8640, "30"));
            assertEquals(8628, result(a, Metric.LATENCY).credited());
            assertEquals(RENTAL, a.credit());
            assertTrue(a.capped());
        }

        @Test
        void reachingTheCapExactlyIsCapped() {
            // 212 breached windows: 200 x 0.5% = 100% exactly
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(212, "30"));
            assertEquals(Rate.ONE, a.accruedShare());
            assertEquals(RENTAL, a.credit());
            assertTrue(a.capped());
            MeasuredAssessment below = assess(QualityLevelTable.LEVEL_1, latency(211, "30"));
            assertFalse(below.capped());
            assertEquals(Money.ofYuan(1990), below.credit());
        }
    }

    @Nested
    class AMeasurementIsChecked {

        @Test
        void ofAnotherCircuit() {
            Measurement other = new Measurement(CircuitId.of("DDN-2"), Metric.LATENCY, bj("2026-04-01T00:00:00"),
                    BigDecimal.ONE);
            QualityError e = ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), List.of(other)).getLeft();
            assertInstanceOf(QualityError.MeasurementOfAnotherCircuit.class, e);
            assertEquals("measurements[LATENCY@2026-03-31T16:00:00Z].circuit is DDN-2, but the case is about circuit DDN-1",
                    e.message());
        }

        @Test
        void negative() {
            Measurement negative = new Measurement(CIRCUIT, Metric.JITTER, bj("2026-04-01T00:00:00"), new BigDecimal("-1"));
            QualityError e = ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), List.of(negative)).getLeft();
            assertEquals("measurements[JITTER@2026-03-31T16:00:00Z].value must be 0 or more ms, was -1", e.message());
            Measurement zero = new Measurement(CIRCUIT, Metric.JITTER, bj("2026-04-01T00:00:00"), BigDecimal.ZERO);
            assertTrue(ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), List.of(zero)).isRight());
        }

        @Test
        void offItsWindowBoundaries() {
            Measurement off = new Measurement(CIRCUIT, Metric.PACKET_LOSS, bj("2026-04-01T00:05:00"), BigDecimal.ONE);
            QualityError e = ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), List.of(off)).getLeft();
            assertEquals("measurements[PACKET_LOSS@2026-03-31T16:05:00Z].windowStart", e.field());
            assertTrue(e.message().contains("on a PT1H window boundary"), e.message());
            // the same instant is a latency window boundary; before the period nothing is checked
            Measurement latency = new Measurement(CIRCUIT, Metric.LATENCY, bj("2026-04-01T00:05:00"), BigDecimal.ONE);
            Measurement before = new Measurement(CIRCUIT, Metric.PACKET_LOSS, bj("2026-03-31T23:05:00"), BigDecimal.ONE);
            assertTrue(ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), List.of(latency, before)).isRight());
        }

        @Test
        void twiceForAWindow() {
            Seq<Measurement> twice = latency(2, "1").append(latency(1, "3").head());
            QualityError e = ENGINE.assessMeasured(april(QualityLevelTable.LEVEL_1), twice).getLeft();
            assertInstanceOf(QualityError.Duplicate.class, e);
            assertEquals("measurements[LATENCY@2026-03-31T16:00:00Z]", e.field());
        }

        @Test
        void afterTheCaseItself() {
            QualityCase unknown = QualityCase.forMonth(CIRCUIT, QualityLevel.of("L9"), RENTAL, APRIL, List.empty());
            assertInstanceOf(QualityError.UnknownLevel.class, ENGINE.assessMeasured(unknown, List.empty()).getLeft());
        }
    }

    @Nested
    class TheCommitmentsAreCheckedWhenTheTableIsBuilt {

        final QualityLevelTerms l1 = QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_1).get();

        Seq<String> problems(MeasuredCommitment... commitments) {
            return QualityLevelTable.of(List.of(l1.withMeasured(List.of(commitments))), RoundingMode.HALF_UP)
                    .fold(errors -> errors.map(QualityError::message), ok -> List.empty());
        }

        MeasuredCommitment latency(String limit, Duration window, int allowance, Rate per) {
            return new MeasuredCommitment(Metric.LATENCY, new BigDecimal(limit), window, allowance, per);
        }

        @Test
        void theSampleIsValid() {
            QualityLevelTable sample = QualityLevelTable.SAMPLE_WITH_MEASURED;
            assertTrue(QualityLevelTable.of(sample.levels(), sample.rounding()).isValid());
            assertEquals(3, sample.termsOf(QualityLevelTable.LEVEL_3).get().measured().size());
            assertEquals(new BigDecimal("80"), sample.termsOf(QualityLevelTable.LEVEL_3).get()
                    .commitmentOn(Metric.LATENCY).get().limit());
            assertEquals(QualityLevelTable.SAMPLE.levels().map(t -> t.withMeasured(List.empty())),
                    sample.levels().map(t -> t.withMeasured(List.empty())));
        }

        @Test
        void everyBadNumberIsNamed() {
            assertEquals(List.of(
                    "levels.L1.measured.LATENCY.limit must be positive, was 0",
                    "levels.L1.measured.LATENCY.window must be positive and a divisor of a day, was PT7M",
                    "levels.L1.measured.LATENCY.allowance must be 0 or more, was -1",
                    "levels.L1.measured.LATENCY.perBreachedWindow must be positive, was 0%"),
                    problems(latency("0", Duration.ofMinutes(7), -1, Rate.ZERO)));
            assertEquals(List.of("levels.L1.measured.PACKET_LOSS.limit must be above 0% and at most 100%, was 100.5"),
                    problems(new MeasuredCommitment(Metric.PACKET_LOSS, new BigDecimal("100.5"), Duration.ofHours(1), 0,
                            Rate.percent(1))));
            assertEquals(List.empty(), problems(new MeasuredCommitment(Metric.PACKET_LOSS, new BigDecimal("100"),
                    Duration.ofDays(1), 0, Rate.percent(1))));
            assertEquals(List.of("levels.L1.measured.LATENCY.window must be positive and a divisor of a day, was PT48H"),
                    problems(latency("1", Duration.ofDays(2), 0, Rate.percent(1))));
            assertEquals(List.of("levels.L1.measured.LATENCY.window must be positive and a divisor of a day, was PT-5M"),
                    problems(latency("1", Duration.ofMinutes(-5), 0, Rate.percent(1))));
            assertEquals(List.of("levels.L1.measured.LATENCY.window must be positive and a divisor of a day, was PT0S",
                            "levels.L1.measured.LATENCY.limit must be positive, was -2")
                            .sorted(), problems(latency("-2", Duration.ZERO, 0, Rate.percent(1))).sorted());
        }

        @Test
        void aMetricIsCommittedToOnce() {
            assertEquals(List.of("levels.L1.measured.LATENCY is defined more than once"),
                    problems(latency("1", Duration.ofMinutes(5), 0, Rate.percent(1)),
                            latency("2", Duration.ofMinutes(5), 0, Rate.percent(1))));
        }

        @Test
        void aCommitmentSaysWhatItPromises() {
            assertEquals("LATENCY at most 20 ms per PT5M window, 12 breached window(s) a month free, then 0.5% of the"
                    + " monthly rental each", QualityLevelTable.SAMPLE_WITH_MEASURED.termsOf(QualityLevelTable.LEVEL_1)
                    .get().measured().head().toString());
            assertTrue(l1.withMeasured(List.empty()).equals(l1), "the sample levels commit to no measurement");
            assertEquals("%", Metric.PACKET_LOSS.unit());
            assertEquals("ms", Metric.JITTER.unit());
        }
    }

    @Nested
    class TheAssessmentSaysWhatDecidedIt {

        @Test
        void oneLinePerCommitmentThenTheCredit() {
            MeasuredAssessment a = assess(QualityLevelTable.LEVEL_1, latency(13, "21"));
            assertEquals(List.of(
                    "LATENCY: 13 of 13 measured window(s) of 8640 above 20 ms, 1 beyond the allowance of 12 x 0.5% = 0.5%",
                    "PACKET_LOSS: 0 of 0 measured window(s) of 720 above 0.1 %, 0 beyond the allowance of 2 x 1% = 0%",
                    "JITTER: 0 of 0 measured window(s) of 8640 above 5 ms, 0 beyond the allowance of 12 x 0.5% = 0%",
                    "measured credit 10.00 on top of the outages' 0.00 = 10.00 (cap 100%)"), a.describe());
            MeasuredAssessment capped = assess(QualityLevelTable.LEVEL_1, latency(300, "21"));
            assertEquals("measured credit 2000.00 on top of the outages' 0.00 = 2000.00 (capped at 100%)",
                    capped.describe().last());
        }
    }
}
