package org.telecrm.order.clock;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.CalendarError;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.telecrm.order.clock.SlaClockTest.CALENDAR;
import static org.telecrm.order.clock.SlaClockTest.CLERK;
import static org.telecrm.order.clock.SlaClockTest.bj;
import static org.telecrm.order.clock.SlaClockTest.paused;

/**
 * The clock's readings of each kind of limit (clock time, calendar days, working days firm and provisional), when
 * each is overdue or at risk, how each says what it read, and the calendar versions an order is read on.
 */
class SlaClockReadingsTest {

    private static final WarningMargin MARGIN = WarningMargin.LIBRARY_DEFAULT;   // 1 working day, 30 minutes

    private static ClockReading read(TimeLimit limit, String from, String asOf, PauseLedger pauses) {
        return SlaClock.read(limit, bj(from), bj(asOf), pauses, CALENDAR, SlaClock.BEIJING).get();
    }

    @Nested
    class ACalendarDayPromise {

        @Test
        void countsTheDaysAfterTheStartDayUpToTheAsOfDay() {
            // Monday 2 March: due by the end of Thursday 5 March, whatever the working days
            ClockReading reading = read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-05T12:00",
                    PauseLedger.EMPTY);
            assertEquals(new ClockReading.CalendarDays(3, 3, LocalDate.of(2026, 3, 5)), reading);
            assertFalse(reading.overdue());
            assertTrue(reading.atRisk(MARGIN));
            assertEquals("3 of 3 calendar days used, due 2026-03-05", reading.describe());
            ClockReading late = read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-06T00:00",
                    PauseLedger.EMPTY);
            assertTrue(late.overdue());
            assertFalse(late.atRisk(MARGIN));
            assertFalse(new ClockReading.CalendarDays(1, 3, LocalDate.of(2026, 3, 5)).atRisk(MARGIN));
        }

        @Test
        void skipsADayAPauseCoversFromMidnightToMidnightOnly() {
            ClockReading whole = read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-05T12:00",
                    paused("2026-03-03T00:00", "2026-03-04T00:00"));
            assertEquals(new ClockReading.CalendarDays(2, 3, LocalDate.of(2026, 3, 6)), whole);
            ClockReading part = read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-05T12:00",
                    paused("2026-03-03T00:01", "2026-03-04T00:00"));
            assertEquals(new ClockReading.CalendarDays(3, 3, LocalDate.of(2026, 3, 5)), part);
            ClockReading shortOfMidnight = read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-05T12:00",
                    paused("2026-03-03T00:00", "2026-03-03T23:59"));
            assertEquals(new ClockReading.CalendarDays(3, 3, LocalDate.of(2026, 3, 5)), shortOfMidnight);
        }

        @Test
        void anOpenPauseRunsToTheAsOfInstant() {
            PauseLedger open = PauseLedger.EMPTY.start(bj("2026-03-03T00:00"), PauseReason.SITE_NOT_READY, CLERK).get();
            // 3 and 4 March are covered whole; 5 March only up to the as-of noon
            assertEquals(new ClockReading.CalendarDays(1, 3, LocalDate.of(2026, 3, 7)),
                    read(new TimeLimit.CalendarDays(3), "2026-03-02T10:00", "2026-03-05T12:00", open));
        }
    }

    @Nested
    class AWorkingDayLimitIntoAYearNotSuppliedYet {

        @Test
        void isReadMondayToFridayAndSaysItIsProvisional() {
            // Tuesday 29 December 2026, 5 working days: 30, 31 December, then Friday 1, Monday 4, Tuesday 5 January
            ClockReading reading = read(new TimeLimit.WorkingDays(5), "2026-12-29T10:00", "2026-12-31T10:00",
                    PauseLedger.EMPTY);
            int used = CALENDAR.workingDaysBetween(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 31)).get();
            assertEquals(new ClockReading.ProvisionalDays(used, 5, LocalDate.of(2027, 1, 5),
                    LocalDate.of(2026, 12, 31)), reading);
            assertEquals(used + " of 5 working days used, due 2027-01-05 (provisional: the calendar knows days up to"
                    + " 2026-12-31; supply the schedule of 2027 to make it firm)", reading.describe());
        }

        @Test
        void isOverdueAndAtRiskAsAFirmCountIs() {
            LocalDate due = LocalDate.of(2027, 1, 5);
            LocalDate known = LocalDate.of(2026, 12, 31);
            assertFalse(new ClockReading.ProvisionalDays(5, 5, due, known).overdue());
            assertTrue(new ClockReading.ProvisionalDays(6, 5, due, known).overdue());
            assertTrue(new ClockReading.ProvisionalDays(5, 5, due, known).atRisk(MARGIN));
            assertFalse(new ClockReading.ProvisionalDays(4, 5, due, known).atRisk(MARGIN));
            assertFalse(new ClockReading.ProvisionalDays(6, 5, due, known).atRisk(MARGIN));
            assertFalse(new ClockReading.Days(5, 5, due).overdue());
            assertTrue(new ClockReading.Days(6, 5, due).overdue());
            assertEquals("5 of 5 working days used, due 2027-01-05", new ClockReading.Days(5, 5, due).describe());
        }

        @Test
        void reachesTenYearsPastTheLastKnownAndNoFurther() {
            assertInstanceOf(ClockReading.ProvisionalDays.class, read(new TimeLimit.WorkingDays(5), "2026-12-29T10:00",
                    "2036-06-01T10:00", PauseLedger.EMPTY));
            CalendarError tooFar = SlaClock.read(new TimeLimit.WorkingDays(5), bj("2026-12-29T10:00"),
                    bj("2037-06-01T10:00"), PauseLedger.EMPTY, CALENDAR, SlaClock.BEIJING).getLeft();
            assertTrue(tooFar.notYetKnown(), tooFar.message());
        }

        @Test
        void aLimitOfMoreWorkingDaysThanAYearHasReachesAsManyYearsAhead() {
            // 300 working days from the end of 2026: into 2028, counted Monday to Friday
            ClockReading reading = read(new TimeLimit.WorkingDays(300), "2026-12-29T10:00", "2026-12-31T10:00",
                    PauseLedger.EMPTY);
            ClockReading.ProvisionalDays provisional = assertInstanceOf(ClockReading.ProvisionalDays.class, reading);
            assertEquals(2028, provisional.dueOn().getYear());
        }

        @Test
        void aStartTheCalendarDoesNotKnowIsNotGuessed() {
            assertTrue(SlaClock.read(new TimeLimit.WorkingDays(5), bj("2027-01-04T10:00"), bj("2027-01-05T10:00"),
                    PauseLedger.EMPTY, CALENDAR, SlaClock.BEIJING).isLeft());
        }
    }

    @Nested
    class AClockTimeLimit {

        @Test
        void isAtRiskOnlyWhenTheMarginWouldTakeItPastTheLimit() {
            Duration hour = Duration.ofHours(1);
            assertFalse(new ClockReading.Time(Duration.ofMinutes(30), hour).atRisk(MARGIN), "exactly at the limit then");
            assertTrue(new ClockReading.Time(Duration.ofMinutes(31), hour).atRisk(MARGIN));
            assertFalse(new ClockReading.Time(Duration.ofMinutes(10), hour).atRisk(MARGIN));
            assertFalse(new ClockReading.Time(Duration.ofMinutes(61), hour).atRisk(MARGIN), "overdue, not at risk");
            assertFalse(new ClockReading.Time(hour, hour).overdue());
        }

        @Test
        void anAsOfBeforeTheStartHasUsedNothing() {
            assertEquals(new ClockReading.Time(Duration.ZERO, Duration.ofHours(2)),
                    read(new TimeLimit.ClockTime(Duration.ofHours(2)), "2026-03-02T10:00", "2026-03-02T09:00",
                            PauseLedger.EMPTY));
        }
    }

    @Nested
    class Limits {

        @Test
        void sayWhatTheyAllow() {
            assertEquals("1 working day", new TimeLimit.WorkingDays(1).describe());
            assertEquals("6 working days", new TimeLimit.WorkingDays(6).describe());
            assertEquals("1 calendar day", new TimeLimit.CalendarDays(1).describe());
            assertEquals("7 calendar days", new TimeLimit.CalendarDays(7).describe());
        }

        @Test
        void areAtLeastOneDayOrAPositiveDuration() {
            assertThrows(IllegalArgumentException.class, () -> new TimeLimit.CalendarDays(0));
            assertEquals(1, new TimeLimit.CalendarDays(1).days());
            assertThrows(IllegalArgumentException.class, () -> new TimeLimit.InWorkingHours(Duration.ZERO,
                    WorkingHours.SAMPLE));
            assertThrows(IllegalArgumentException.class, () -> new TimeLimit.InWorkingHours(Duration.ofMinutes(-1),
                    WorkingHours.SAMPLE));
            assertEquals(Duration.ofMinutes(1), new TimeLimit.InWorkingHours(Duration.ofMinutes(1),
                    WorkingHours.SAMPLE).duration());
        }
    }

    @Nested
    class Pauses {

        @Test
        void aPauseNeverEndsBeforeItStarts() {
            Instant t = bj("2026-03-03T10:00");
            assertThrows(IllegalArgumentException.class, () -> new Pause(t, io.vavr.control.Option.some(t.minusSeconds(1)),
                    PauseReason.SITE_NOT_READY, CLERK, io.vavr.control.Option.some(CLERK)));
            assertEquals(t, new Pause(t, io.vavr.control.Option.some(t), PauseReason.SITE_NOT_READY, CLERK,
                    io.vavr.control.Option.some(CLERK)).end().get());
        }

        @Test
        void theLedgerIsPausedWhileItsLastPauseIsOpen() {
            PauseLedger open = PauseLedger.EMPTY.start(bj("2026-03-03T10:00"), PauseReason.SITE_NOT_READY, CLERK).get();
            assertTrue(open.isPaused());
            assertFalse(open.end(bj("2026-03-03T11:00"), CLERK).get().isPaused());
            assertFalse(PauseLedger.EMPTY.isPaused());
        }

        @Test
        void aPauseOverAWeekendHoldsItsWorkingDaysOnly() {
            // Friday 6 March 08:00 to Tuesday 10 March 20:00: Friday, Monday and Tuesday, not the weekend
            assertEquals(TreeSet.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)),
                    SlaClock.pausedWorkingDays(CALENDAR, paused("2026-03-06T08:00", "2026-03-10T20:00"),
                            SlaClock.BEIJING, LocalDate.of(2026, 3, 31)));
        }

        @Test
        void reasonsAndRefusalsAreWorded() {
            assertEquals("现场未具备条件", PauseReason.SITE_NOT_READY.chineseName());
            Instant t = bj("2026-03-03T10:00");
            assertEquals("pauses: a pause is open since " + t + ", so no new pause can start at " + t.plusSeconds(60),
                    new ClockError.AlreadyPaused(t, t.plusSeconds(60)).message());
            assertEquals("pauses: no pause is open to end at " + t, new ClockError.NotPaused(t).message());
        }
    }

    @Nested
    class CalendarVersionsAnOrderIsReadOn {

        private final WorkingDayCalendar changed = CALENDAR.withDaysOff(TreeSet.of(LocalDate.of(2026, 6, 1))).get();

        @Test
        void theNewestVersionThatAgreesWithThePinnedOneIsReadAndTheOthersAreNamed() {
            CalendarVersions versions = CalendarVersions.first(CALENDAR).publish(CALENDAR).publish(changed);
            CalendarVersions.Pinned pinned = versions.readFor(1).get();
            assertEquals(2, pinned.version());
            assertEquals(List.of(new CalendarVersions.Incompatible(3, LocalDate.of(2026, 6, 1))), pinned.incompatible());
            assertEquals("calendar version 2 (pinned to 1); not 3, which changes 2026-06-01", pinned.describe());
            assertEquals("calendar version 3", versions.readFor(3).get().describe());
            assertEquals(changed, versions.readFor(3).get().calendar());
            assertTrue(versions.readFor(4).isEmpty());
            assertTrue(versions.readFor(0).isEmpty());
        }

        @Test
        void aLaterVersionThatOnlyAddsIsTaken() {
            CalendarVersions versions = CalendarVersions.first(changed).publish(changed);
            CalendarVersions.Pinned pinned = versions.readFor(1).get();
            assertEquals(2, pinned.version());
            assertEquals("calendar version 2 (pinned to 1)", pinned.describe());
        }
    }
}
