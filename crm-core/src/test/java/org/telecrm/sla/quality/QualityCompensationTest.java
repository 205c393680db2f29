package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;
import org.telecrm.sla.CircuitId;
import org.telecrm.testing.FieldErrors;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Worked examples of the quality-level engine on the sample table; each expected number is derived in a comment. */
class QualityCompensationTest {

    static final QualityCompensation ENGINE = QualityCompensation.sample();
    static final CircuitId CIRCUIT = CircuitId.of("DDN-1");
    static final YearMonth MARCH = YearMonth.of(2026, 3);    // 31 days: 744 h
    static final YearMonth APRIL = YearMonth.of(2026, 4);    // 30 days: 720 h

    static Instant bj(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    static Outage provider(String ticket, String from, String to) {
        return Outage.of(ticket, CIRCUIT, bj(from), bj(to), OutageCause.PROVIDER).respondedAt(bj(from));
    }

    static QualityAssessment assess(QualityLevel level, YearMonth month, Outage... outages) {
        return ENGINE.assess(QualityCase.forMonth(CIRCUIT, level, Money.ofYuan(2000), month, List.of(outages)))
                .getOrElseThrow(e -> new AssertionError(e.message()));
    }

    static QualityAssessment assessL1(YearMonth month, Outage... outages) {
        return assess(QualityLevelTable.LEVEL_1, month, outages);
    }

    @Nested
    class TheSampleTable {

        @Test
        void isAValidTableOfThreeLevels() {
            QualityLevelTable sample = QualityLevelTable.SAMPLE;
            assertTrue(QualityLevelTable.of(sample.levels(), sample.rounding()).isValid());
            assertEquals(List.of(QualityLevelTable.LEVEL_1, QualityLevelTable.LEVEL_2, QualityLevelTable.LEVEL_3),
                    sample.levels().map(QualityLevelTerms::level));
            QualityLevelTerms l3 = sample.termsOf(QualityLevelTable.LEVEL_3).get();
            assertEquals(Rate.percent("99.5"), l3.availabilityTarget());
            assertEquals(Duration.ofHours(1), l3.responseLimit());
            assertEquals(Duration.ofHours(8), l3.restorationLimit());
            assertEquals(Rate.ONE, l3.cap());
        }

        @Test
        void rebuildingItGivesAnEqualTable() {
            QualityLevelTable rebuilt = QualityLevelTable.of(QualityLevelTable.SAMPLE.levels(), RoundingMode.HALF_UP).get();
            assertEquals(QualityLevelTable.SAMPLE, rebuilt);
            assertEquals(QualityLevelTable.SAMPLE.hashCode(), rebuilt.hashCode());
        }
    }

    @Nested
    class ATableIsCheckedWhenBuilt {

        final QualityLevelTerms good = QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_1).get();

        @Test
        void everyBadNumberIsNamed() {
            QualityLevelTerms bad = new QualityLevelTerms(QualityLevel.of("X"), Rate.percent(101), Duration.ZERO,
                    Duration.ofMinutes(-5), new AvailabilityCredit(Rate.ZERO, Rate.percent(5)),
                    new OverrunCredit(Duration.ZERO, Rate.percent(1)), new OverrunCredit(Duration.ofHours(1), Rate.ONE),
                    Rate.percent(150));
            Seq<QualityError> errors = QualityLevelTable.of(List.of(bad), RoundingMode.HALF_UP).getError();
            for (String field : List.of("levels.X.availabilityTarget", "levels.X.responseLimit", "levels.X.restorationLimit",
                    "levels.X.availabilityCredit.shortfallUnit", "levels.X.responseCredit.unit", "levels.X.cap")) {
                FieldErrors.assertNamed(errors, QualityError::field, QualityError::message, field);
            }
            assertEquals(6, errors.size());
            assertEquals("levels.X.availabilityTarget must be above 0% and at most 100%, was 101%", errors.head().message());
        }

        @Test
        void aZeroTargetIsRefused() {
            QualityLevelTerms zero = new QualityLevelTerms(QualityLevel.of("Z"), Rate.ZERO, good.responseLimit(),
                    good.restorationLimit(), good.availabilityCredit(), good.responseCredit(), good.restorationCredit(), good.cap());
            FieldErrors.assertNamed(QualityLevelTable.of(List.of(zero), RoundingMode.HALF_UP).getError(),
                    QualityError::field, QualityError::message, "levels.Z.availabilityTarget");
        }

        @Test
        void emptyDuplicateAndUnnecessaryRounding() {
            assertInstanceOf(QualityError.Empty.class, QualityLevelTable.of(List.empty(), RoundingMode.HALF_UP).getError().head());
            Seq<QualityError> errors = QualityLevelTable.of(List.of(good, good), RoundingMode.UNNECESSARY).getError();
            FieldErrors.assertNamed(errors, QualityError::field, QualityError::message, "levels.L1");
            FieldErrors.assertNamed(errors, QualityError::field, QualityError::message, "rounding");
        }
    }

    @Nested
    class AvailabilityIsExact {

        @Test
        void downtimeOverThePeriod() {
            // 4.5 h of 744 h: 739.5 / 744 = 0.993951612...
            Availability a = new Availability(Duration.ofMinutes(270), Duration.ofHours(744));
            assertEquals("99.3951%", a.toPercentString());
            assertEquals(9939, a.basisPoints());
            assertEquals(Duration.ofMinutes(744 * 60 - 270), a.uptime());
            assertTrue(a.isAtLeast(Rate.percent("99.3951")));
            assertFalse(a.isAtLeast(Rate.percent("99.3952")));
        }

        @Test
        void renderingsRoundDownSoAMissedTargetNeverLooksMet() {
            // One nanosecond short of 99.95% of 720 h.
            Duration period = Duration.ofHours(720);
            Availability a = new Availability(Duration.ofSeconds(1296).plusNanos(1), period);
            assertFalse(a.isAtLeast(Rate.percent("99.95")));
            assertEquals("99.9499%", a.toPercentString());
            assertEquals(9994, a.basisPoints());
        }

        @Test
        void comparesRatiosAcrossPeriods() {
            Availability march = new Availability(Duration.ofHours(31), Duration.ofHours(744));   // 1/24 down
            Availability april = new Availability(Duration.ofHours(30), Duration.ofHours(720));   // 1/24 down
            assertEquals(0, march.compareTo(april));
            assertTrue(Availability.full(Duration.ofHours(1)).compareTo(april) > 0);
        }
    }

    @Nested
    class OnlyProviderTimeCounts {

        @Test
        void customerSideAndForceMajeureAreIgnoredEvenWhereTheyOverlap() {
            QualityAssessment a = assessL1(APRIL,
                    provider("P", "2026-04-10T00:00", "2026-04-10T01:00"),
                    Outage.of("C", CIRCUIT, bj("2026-04-10T00:30"), bj("2026-04-10T05:00"), OutageCause.CUSTOMER_SIDE),
                    Outage.of("F", CIRCUIT, bj("2026-04-12T00:00"), bj("2026-04-15T00:00"), OutageCause.FORCE_MAJEURE));
            assertEquals(Duration.ofHours(1), a.providerDowntime());
            assertEquals(assessL1(APRIL, provider("P", "2026-04-10T00:00", "2026-04-10T01:00")).credit(), a.credit());
            assertTrue(a.describe().exists(line -> line.contains("2 customer-side or force-majeure record(s) [C, F] ignored")));
        }

        @Test
        void noOutageMeansFullAvailabilityAndNoCredit() {
            QualityAssessment a = assessL1(APRIL);
            assertEquals(Availability.full(Duration.ofHours(720)), a.availability());
            assertTrue(a.targetMet());
            assertFalse(a.breached());
            assertEquals(Money.ZERO, a.credit());
        }
    }

    @Nested
    class OverlapsCountOnce {

        @Test
        void overlappingProviderOutagesAreOneEpisode() {
            // 00:00-03:00 and 02:00-04:00: 4 h down (not 5), one 4 h episode: 2 h over the 2 h limit -> 2 units x 5%.
            QualityAssessment a = assessL1(APRIL,
                    provider("A", "2026-04-10T00:00", "2026-04-10T03:00"),
                    provider("B", "2026-04-10T02:00", "2026-04-10T04:00"));
            assertEquals(Duration.ofHours(4), a.providerDowntime());
            assertEquals(Duration.ofHours(2), a.restorationOverrun());
            assertEquals(2, a.restorationUnits());
        }

        @Test
        void touchingOutagesAreOneEpisodeToo() {
            QualityAssessment a = assessL1(APRIL,
                    provider("A", "2026-04-10T00:00", "2026-04-10T01:30"),
                    provider("B", "2026-04-10T01:30", "2026-04-10T03:00"));
            assertEquals(Duration.ofMinutes(60), a.restorationOverrun());
        }

        @Test
        void separateOutagesAreSeparateEpisodes() {
            // Two 1.5 h faults: neither beyond 2 h.
            QualityAssessment a = assessL1(APRIL,
                    provider("A", "2026-04-10T00:00", "2026-04-10T01:30"),
                    provider("B", "2026-04-11T00:00", "2026-04-11T01:30"));
            assertEquals(Duration.ZERO, a.restorationOverrun());
            assertEquals(Duration.ofHours(3), a.providerDowntime());
        }
    }

    @Nested
    class MonthBoundariesInBeijingTime {

        @Test
        void anOutageCrossingMidnightCountsInEachMonthForItsPart() {
            Outage crossing = provider("X", "2026-03-31T23:00", "2026-04-01T01:00");
            assertEquals(Duration.ofHours(1), assessL1(MARCH, crossing).providerDowntime());
            assertEquals(Duration.ofHours(1), assessL1(APRIL, crossing).providerDowntime());
        }

        @Test
        void theZoneDecidesTheMonth() {
            // 2026-03-31T16:00Z is 2026-04-01 00:00 in Beijing: April there, March in UTC.
            Outage o = Outage.of("Z", CIRCUIT, Instant.parse("2026-03-31T16:00:00Z"), Instant.parse("2026-03-31T17:00:00Z"),
                    OutageCause.PROVIDER);
            assertEquals(Duration.ZERO, assessL1(MARCH, o).providerDowntime());
            assertEquals(Duration.ofHours(1), assessL1(APRIL, o).providerDowntime());
            QualityCompensation utc = QualityCompensation.of(QualityLevelTable.SAMPLE, ZoneOffset.UTC);
            QualityAssessment inUtc = utc.assess(QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofYuan(2000),
                    MARCH, List.of(o))).get();
            assertEquals(Duration.ofHours(1), inUtc.providerDowntime());
        }

        @Test
        void theResponseOfAFaultCountsInTheMonthItStarts() {
            // Reported 03-31 23:00, no response recorded: taken as restored at 04-01 01:00, 2 h: 1 h 45 min over 15 min.
            Outage o = Outage.of("R", CIRCUIT, bj("2026-03-31T23:00"), bj("2026-04-01T01:00"), OutageCause.PROVIDER);
            assertEquals(Duration.ofMinutes(105), assessL1(MARCH, o).responseOverrun());
            assertEquals(Duration.ZERO, assessL1(APRIL, o).responseOverrun());
        }

        @Test
        void onlyTheCoveredDaysAreMeasured() {
            // Covered from 04-16: 15 days = 360 h; the outage on 04-10 is outside.
            QualityCase c = QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofYuan(2000), APRIL,
                    List.of(provider("A", "2026-04-10T00:00", "2026-04-10T05:00"), provider("B", "2026-04-20T00:00", "2026-04-20T01:00")))
                    .coveredBetween(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 12, 31));
            QualityAssessment a = ENGINE.assess(c).get();
            assertEquals(Duration.ofHours(360), a.availability().period());
            assertEquals(Duration.ofHours(1), a.providerDowntime());
            assertEquals(bj("2026-04-16T00:00"), a.periodStart());
            assertEquals(bj("2026-05-01T00:00"), a.periodEnd());
        }
    }

    @Nested
    class StartedUnitsAndTheCap {

        @Test
        void exactlyOnTargetOwesNothingAndOneNanosecondMoreOwesAUnit() {
            // 0.05% of 720 h = 1296 s of allowed downtime.
            Instant start = bj("2026-04-10T00:00");
            Outage onTarget = Outage.of("A", CIRCUIT, start, start.plusSeconds(1296), OutageCause.PROVIDER).respondedAt(start);
            assertEquals(0, assessL1(APRIL, onTarget).shortfallUnits());
            assertTrue(assessL1(APRIL, onTarget).targetMet());
            Outage justOver = onTarget.endingAt(start.plusSeconds(1296).plusNanos(1));
            QualityAssessment a = assessL1(APRIL, justOver);
            assertEquals(1, a.shortfallUnits());
            assertEquals(Money.ofYuan(200), a.credit());   // 10% of 2000.00
        }

        @Test
        void anUnrecordedResponseIsTakenAtTheRestoration() {
            // 1 h fault, no response recorded: response 1 h, 45 min over 15 min: 2 started half hours x 2% = 4%.
            // Availability 719/720: 0.64 h below 99.95% of 720 h, 0.889 of a 0.72 h unit: 1 unit x 10%. Total 14%.
            QualityAssessment a = assessL1(APRIL,
                    Outage.of("N", CIRCUIT, bj("2026-04-10T00:00"), bj("2026-04-10T01:00"), OutageCause.PROVIDER));
            assertEquals(Duration.ofMinutes(45), a.responseOverrun());
            assertEquals(2, a.responseUnits());
            assertEquals(1, a.shortfallUnits());
            assertEquals(0, a.restorationUnits());
            assertEquals(Rate.percent(14), a.accruedShare());
            assertEquals(Money.ofYuan(280), a.credit());
        }

        @Test
        void overrunsAreSummedBeforeUnitsAreCounted() {
            // Two faults each 2 h 20 min (20 min over 2 h): 40 min in total, 1 started hour (not 2).
            QualityAssessment a = assessL1(APRIL,
                    provider("A", "2026-04-10T00:00", "2026-04-10T02:20"),
                    provider("B", "2026-04-11T00:00", "2026-04-11T02:20"));
            assertEquals(Duration.ofMinutes(40), a.restorationOverrun());
            assertEquals(1, a.restorationUnits());
        }

        @Test
        void aLongOutageIsCappedAtTheMonthlyRental() {
            QualityAssessment a = assessL1(APRIL, provider("L", "2026-04-01T00:00", "2026-04-11T00:00"));
            assertTrue(a.capped());
            assertEquals(Money.ofYuan(2000), a.credit());
            assertEquals(Rate.ONE, a.creditShare());
            assertTrue(a.accruedShare().compareTo(Rate.ONE) > 0);
            assertTrue(a.describe().last().contains("capped at 100%"), a.describe().last());
        }

        @Test
        void aLowerLevelOwesLessForTheSameMonth() {
            // L3: 99.5% of 720 h allows 3.6 h; 1 h down meets it, and 1 h is within the 1 h response and 8 h limits.
            QualityAssessment a = assess(QualityLevelTable.LEVEL_3, APRIL,
                    Outage.of("N", CIRCUIT, bj("2026-04-10T00:00"), bj("2026-04-10T01:00"), OutageCause.PROVIDER));
            assertTrue(a.targetMet());
            assertEquals(Money.ZERO, a.credit());
        }
    }

    @Nested
    class ErrorsAreValuesNamingTheirField {

        QualityError error(QualityCase c) {
            return ENGINE.assess(c).getLeft();
        }

        QualityCase april(Outage... outages) {
            return QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofYuan(2000), APRIL, List.of(outages));
        }

        @Test
        void aNegativeRental() {
            QualityError e = error(QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofFen(-1), APRIL, List.empty()));
            assertEquals("monthlyRental must not be negative, was -0.01", e.message());
        }

        @Test
        void anUnknownLevel() {
            QualityError e = error(QualityCase.forMonth(CIRCUIT, QualityLevel.of("GOLD"), Money.ofYuan(1), APRIL, List.empty()));
            assertEquals("level GOLD is not a level of the quality-level table", e.message());
        }

        @Test
        void anOutageEndingBeforeItStarts() {
            QualityError e = error(april(Outage.of("T-9", CIRCUIT, bj("2026-04-10T02:00"), bj("2026-04-10T01:00"), OutageCause.PROVIDER)));
            assertInstanceOf(QualityError.OutageEndsBeforeStart.class, e);
            assertEquals("outages[T-9].end", e.field());
            assertTrue(e.message().startsWith("outages[T-9].end "));
        }

        @Test
        void aResponseOutsideTheOutage() {
            QualityError e = error(april(provider("T-8", "2026-04-10T01:00", "2026-04-10T02:00").respondedAt(bj("2026-04-10T03:00"))));
            assertInstanceOf(QualityError.ResponseOutsideOutage.class, e);
            assertEquals("outages[T-8].respondedAt", e.field());
        }

        @Test
        void anOutageOfAnotherCircuit() {
            QualityError e = error(april(Outage.of("T-7", CircuitId.of("OTHER"), bj("2026-04-10T01:00"), bj("2026-04-10T02:00"),
                    OutageCause.PROVIDER)));
            assertEquals("outages[T-7].circuit is OTHER, but the case is about circuit DDN-1", e.message());
        }

        @Test
        void measuredDaysOutsideTheMonth() {
            QualityCase outside = april().coveredBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
            assertEquals("firstDay..lastDay", error(outside).field());
        }
    }
}
