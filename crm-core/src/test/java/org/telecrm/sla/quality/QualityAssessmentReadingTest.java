package org.telecrm.sla.quality;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.money.Money;
import org.telecrm.money.Rate;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.sla.quality.QualityCompensationTest.CIRCUIT;
import static org.telecrm.sla.quality.QualityCompensationTest.ENGINE;
import static org.telecrm.sla.quality.QualityCompensationTest.MARCH;
import static org.telecrm.sla.quality.QualityCompensationTest.assess;
import static org.telecrm.sla.quality.QualityCompensationTest.bj;
import static org.telecrm.sla.quality.QualityCompensationTest.provider;

/**
 * What an assessment says about itself (target met, breached, its explanation) and the values it is built from
 * (availability, the level table, the engine's parts): each rule stated on a case where it decides the answer.
 */
class QualityAssessmentReadingTest {

    @Nested
    class ACommitmentIsBreachedByAnyOfItsThreeRules {

        @Test
        void aLateResponseAloneBreachesThoughTheTargetIsMetAndRestorationWasInTime() {
            // level 3: response within 1 h; 2 h down of 744 h is 99.73%, above 99.5%; restored within 8 h
            QualityAssessment a = assess(QualityLevelTable.LEVEL_3, MARCH, Outage.of("R-1", CIRCUIT,
                    bj("2026-03-10T10:00:00"), bj("2026-03-10T12:00:00"), OutageCause.PROVIDER)
                    .respondedAt(bj("2026-03-10T11:30:00")));
            assertTrue(a.targetMet());
            assertEquals(0, a.shortfallUnits());
            assertEquals(0, a.restorationUnits());
            assertEquals(1, a.responseUnits());
            assertTrue(a.breached(), "a response 30 minutes late is a breach");
        }

        @Test
        void aRestorationOverrunCountsWithTheShortfallNotAgainstIt() {
            // a table where the shortfall is counted in whole 10% steps and restoration in minutes: 1 unit vs 60
            QualityLevelTerms coarse = new QualityLevelTerms(QualityLevel.of("X"), Rate.percent("99.5"),
                    Duration.ofHours(1), Duration.ofHours(8), new AvailabilityCredit(Rate.percent(10), Rate.percent(1)),
                    new OverrunCredit(Duration.ofMinutes(30), Rate.percent(1)),
                    new OverrunCredit(Duration.ofMinutes(1), Rate.percent("0.01")), Rate.ONE);
            QualityCompensation engine = QualityCompensation.of(QualityLevelTable.of(List.of(coarse),
                    RoundingMode.HALF_UP).get(), QualityCompensation.sample().zone());
            QualityAssessment a = engine.assess(QualityCase.forMonth(CIRCUIT, coarse.level(), Money.ofYuan(2000), MARCH,
                    List.of(provider("R-2", "2026-03-10T00:00:00", "2026-03-10T09:00:00")))).get();
            assertEquals(1, a.shortfallUnits());
            assertEquals(60, a.restorationUnits());
            assertTrue(a.breached());
            assertFalse(a.targetMet());
        }

        @Test
        void nothingMissedIsNoBreach() {
            QualityAssessment a = assess(QualityLevelTable.LEVEL_3, MARCH,
                    provider("R-3", "2026-03-10T10:00:00", "2026-03-10T10:10:00"));
            assertTrue(a.targetMet());
            assertFalse(a.breached());
        }
    }

    @Nested
    class TheExplanation {

        @Test
        void namesTheCountedAndIgnoredRecordsThatTouchThePeriodOnly() {
            Outage counted = provider("P-1", "2026-03-10T10:00:00", "2026-03-10T13:00:00");
            Outage ignored = Outage.of("C-1", CIRCUIT, bj("2026-03-11T10:00:00"), bj("2026-03-11T11:00:00"),
                    OutageCause.CUSTOMER_SIDE);
            Outage before = provider("B-1", "2026-02-27T10:00:00", "2026-02-27T11:00:00");
            Seq<String> lines = assess(QualityLevelTable.LEVEL_1, MARCH, counted, ignored, before).describe();
            assertEquals(6, lines.size());
            assertTrue(lines.get(1).contains("from 1 outage record(s) [P-1]"), lines.get(1));
            assertTrue(lines.get(1).contains("1 customer-side or force-majeure record(s) [C-1] ignored"), lines.get(1));
            assertTrue(lines.get(2).contains(" is below the target 99.95%"), lines.get(2));
        }

        @Test
        void saysTheTargetIsMetWhenItIs() {
            Seq<String> lines = assess(QualityLevelTable.LEVEL_3, MARCH,
                    provider("P-2", "2026-03-10T10:00:00", "2026-03-10T10:10:00")).describe();
            assertTrue(lines.get(2).contains(" meets the target"), lines.get(2));
            assertTrue(lines.get(5).contains("(accrued "), lines.get(5));
        }
    }

    @Nested
    class Availability_ {

        @Test
        void aPeriodDownFromStartToEndIsZeroAndCannotBeExceeded() {
            Availability none = new Availability(Duration.ofHours(1), Duration.ofHours(1));
            assertEquals(Duration.ZERO, none.uptime());
            assertEquals("0.0000%", none.toString());
            assertThrows(IllegalArgumentException.class,
                    () -> new Availability(Duration.ofHours(1).plusNanos(1), Duration.ofHours(1)));
            assertEquals("100.0000%", Availability.full(Duration.ofHours(1)).toString());
        }
    }

    @Nested
    class TheLevelTable {

        final QualityLevelTerms l1 = QualityLevelTable.SAMPLE.termsOf(QualityLevelTable.LEVEL_1).get();

        @Test
        void isKeyedByEachLevelsOwnCode() {
            for (QualityLevel level : List.of(QualityLevelTable.LEVEL_1, QualityLevelTable.LEVEL_2,
                    QualityLevelTable.LEVEL_3)) {
                assertEquals(level, QualityLevelTable.SAMPLE.termsOf(level).get().level());
            }
        }

        @Test
        void aTargetAndACapOfExactlyTheWholeAreAllowed() {
            QualityLevelTerms whole = new QualityLevelTerms(l1.level(), Rate.ONE, l1.responseLimit(),
                    l1.restorationLimit(), l1.availabilityCredit(), l1.responseCredit(), l1.restorationCredit(), Rate.ONE);
            assertTrue(QualityLevelTable.of(List.of(whole), RoundingMode.HALF_UP).isValid());
        }

        @Test
        void aCapOfNothingIsRefused() {
            QualityLevelTerms none = new QualityLevelTerms(l1.level(), l1.availabilityTarget(), l1.responseLimit(),
                    l1.restorationLimit(), l1.availabilityCredit(), l1.responseCredit(), l1.restorationCredit(),
                    Rate.ZERO);
            assertEquals(List.of("levels.L1.cap"), QualityLevelTable.of(List.of(none), RoundingMode.HALF_UP)
                    .getError().map(QualityError::field).toList());
        }

        @Test
        void creditsAndErrorsSayWhatTheyMean() {
            assertEquals("10% of the monthly rental per started 0.1% below the target",
                    l1.availabilityCredit().toString());
            assertEquals("2% of the monthly rental per started PT30M of overrun", l1.responseCredit().toString());
            assertEquals("电信责任", OutageCause.PROVIDER.chineseName());
            assertEquals("levels must name at least one quality level", new QualityError.Empty("levels").message());
            Instant t = bj("2026-03-10T10:00:00");
            assertEquals("outages[X] " + t + " is outside the outage " + t.plusSeconds(60) + " .. " + t.plusSeconds(120),
                    new QualityError.ResponseOutsideOutage("outages[X]", t, t.plusSeconds(60), t.plusSeconds(120))
                            .message());
        }

        @Test
        void tablesDifferingInRoundingOrLevelsAreNotEqual() {
            QualityLevelTable sample = QualityLevelTable.SAMPLE;
            assertNotEquals(sample, QualityLevelTable.of(sample.levels(), RoundingMode.DOWN).get());
            assertNotEquals(sample, QualityLevelTable.of(List.of(l1), sample.rounding()).get());
            assertNotEquals(sample, "a table");
            assertEquals("QualityLevelTable[L1, L2, L3] rounding HALF_UP", sample.toString());
        }
    }

    @Nested
    class TheEngine {

        @Test
        void theSampleIsTheSampleTableInBeijingTime() {
            QualityCompensation sample = QualityCompensation.sample();
            assertEquals(QualityLevelTable.SAMPLE, sample.table());
            assertEquals(QualityCompensation.BEIJING_TIME, sample.zone());
            assertEquals(ENGINE.table(), sample.table());
        }

        @Test
        void anOutageLastsFromItsStartToItsEnd() {
            Outage o = provider("D-1", "2026-03-10T10:00:00", "2026-03-10T12:30:00");
            assertEquals(Duration.ofMinutes(150), o.duration());
            Instant later = bj("2026-03-10T13:00:00");
            assertEquals(Duration.ofHours(3), o.endingAt(later).duration());
        }

        @Test
        void aCaseTakesOtherOutagesAsGiven() {
            QualityCase c = QualityCase.forMonth(CIRCUIT, QualityLevelTable.LEVEL_1, Money.ofYuan(1), MARCH, List.empty());
            Seq<Outage> outages = List.of(provider("W-1", "2026-03-10T10:00:00", "2026-03-10T11:00:00"));
            assertEquals(outages, c.withOutages(outages).outages());
            assertEquals(YearMonth.of(2026, 3), c.withOutages(outages).month());
        }

        @Test
        void levelsOrderByCode() {
            assertTrue(QualityLevelTable.LEVEL_1.compareTo(QualityLevelTable.LEVEL_2) < 0);
            assertTrue(QualityLevelTable.LEVEL_3.compareTo(QualityLevelTable.LEVEL_2) > 0);
        }
    }
}
