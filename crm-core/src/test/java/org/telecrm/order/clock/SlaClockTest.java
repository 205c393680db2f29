package org.telecrm.order.clock;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.customer.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaClockTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final StaffId CLERK = StaffId.of("S-1");

    static Instant bj(String t) {
        return OffsetDateTime.parse(t + "+08:00").toInstant();
    }

    static PauseLedger paused(String from, String to) {
        return PauseLedger.EMPTY.start(bj(from), PauseReason.SITE_NOT_READY, CLERK).get().end(bj(to), CLERK).get();
    }

    @Nested
    class ThePauseLedgerIsAppendOnlyAndNeverOverlaps {
        @Test
        void startAndEnd() {
            PauseLedger ledger = paused("2026-03-03T10:00", "2026-03-05T10:00");
            assertEquals(1, ledger.pauses().size());
            assertEquals(Duration.ofHours(48), ledger.pausedDuring(bj("2026-03-01T00:00"), bj("2026-03-10T00:00")));
            assertEquals(Duration.ofHours(14), ledger.pausedDuring(bj("2026-03-03T00:00"), bj("2026-03-04T00:00")));
        }

        @Test
        void refusals() {
            PauseLedger open = PauseLedger.EMPTY.start(bj("2026-03-03T10:00"), PauseReason.CUSTOMER_REQUESTED_DELAY, CLERK).get();
            assertInstanceOf(ClockError.AlreadyPaused.class, open.start(bj("2026-03-04T10:00"), PauseReason.SITE_NOT_READY, CLERK).getLeft());
            assertEquals("pauses: end " + bj("2026-03-02T10:00") + " is before " + bj("2026-03-03T10:00")
                            + "; pauses never overlap and never end before they start",
                    open.end(bj("2026-03-02T10:00"), CLERK).getLeft().message());
            PauseLedger closed = open.end(bj("2026-03-05T10:00"), CLERK).get();
            assertInstanceOf(ClockError.NotPaused.class, closed.end(bj("2026-03-06T10:00"), CLERK).getLeft());
            assertInstanceOf(ClockError.OutOfOrder.class, closed.start(bj("2026-03-04T10:00"), PauseReason.SITE_NOT_READY, CLERK).getLeft());
        }
    }

    @Nested
    class WorkingDaysNetOfPauses {
        @Test
        void withoutPausesTheCalendarIsUnchanged() {
            assertSame(CALENDAR, SlaClock.pauseAware(CALENDAR, PauseLedger.EMPTY, SlaClock.BEIJING, LocalDate.of(2026, 3, 31)).get());
        }

        @Test
        void aPauseHoldsTheWorkingDaysWhoseWorkingHoursItCoversWhole() {
            // Tue 03-03 10:00 .. Thu 03-05 10:00 covers all of Wednesday's working hours only (rules.md section 6)
            assertEquals(List.of(LocalDate.of(2026, 3, 4)),
                    SlaClock.pausedWorkingDays(CALENDAR, paused("2026-03-03T10:00", "2026-03-05T10:00"), SlaClock.BEIJING,
                            LocalDate.of(2026, 3, 31)).toList());
            // Tue 08:00 .. Thu 18:00 covers Tuesday, Wednesday and Thursday
            assertEquals(List.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5)),
                    SlaClock.pausedWorkingDays(CALENDAR, paused("2026-03-03T08:00", "2026-03-05T18:00"), SlaClock.BEIJING,
                            LocalDate.of(2026, 3, 31)).toList());
            // a pause inside one day holds no day
            assertTrue(SlaClock.pausedWorkingDays(CALENDAR, paused("2026-03-03T10:00", "2026-03-03T16:00"), SlaClock.BEIJING,
                    LocalDate.of(2026, 3, 31)).isEmpty());
        }

        @Test
        void anOpenPauseHoldsEveryDayUpToTheAsOfDay() {
            PauseLedger open = PauseLedger.EMPTY.start(bj("2026-03-09T08:00"), PauseReason.SITE_NOT_READY, CLERK).get();
            assertEquals(5, SlaClock.pausedWorkingDays(CALENDAR, open, SlaClock.BEIJING, LocalDate.of(2026, 3, 13)).size());
            // started after Monday's working hours began: Monday is not held whole
            PauseLedger later = PauseLedger.EMPTY.start(bj("2026-03-09T10:00"), PauseReason.SITE_NOT_READY, CLERK).get();
            assertEquals(4, SlaClock.pausedWorkingDays(CALENDAR, later, SlaClock.BEIJING, LocalDate.of(2026, 3, 13)).size());
        }

        @Test
        void theDueDateMovesByThePausedWorkingDays() {
            // accepted Mon 03-02; 6 working days: Tue 03-10; two paused days (Tue 08:00 .. Wed 18:00): Thu 03-12
            ClockReading plain = SlaClock.read(new TimeLimit.WorkingDays(6), bj("2026-03-02T09:00"), bj("2026-03-11T09:00"),
                    PauseLedger.EMPTY, CALENDAR, SlaClock.BEIJING).get();
            ClockReading net = SlaClock.read(new TimeLimit.WorkingDays(6), bj("2026-03-02T09:00"), bj("2026-03-11T09:00"),
                    paused("2026-03-03T08:00", "2026-03-04T18:00"), CALENDAR, SlaClock.BEIJING).get();
            assertEquals(new ClockReading.Days(7, 6, LocalDate.of(2026, 3, 10)), plain);
            assertTrue(plain.overdue());
            assertEquals(new ClockReading.Days(5, 6, LocalDate.of(2026, 3, 12)), net);
            assertFalse(net.overdue());
            assertTrue(new ClockReading.Days(6, 6, LocalDate.of(2026, 3, 12)).atRisk(WarningMargin.LIBRARY_DEFAULT));
            assertFalse(net.atRisk(WarningMargin.LIBRARY_DEFAULT));
        }
    }

    @Nested
    class ClockTimeNetOfPauses {
        @Test
        void pausedTimeDoesNotCount() {
            ClockReading r = SlaClock.read(new TimeLimit.ClockTime(Duration.ofHours(4)), bj("2026-03-03T08:00"),
                    bj("2026-03-03T13:00"), paused("2026-03-03T10:00", "2026-03-03T12:00"), CALENDAR, SlaClock.BEIJING).get();
            assertEquals(new ClockReading.Time(Duration.ofHours(3), Duration.ofHours(4)), r);
            assertFalse(r.overdue());
            assertTrue(r.atRisk(new WarningMargin(0, Duration.ofHours(1).plusMinutes(1))));
            assertEquals("180 of 240 min used", r.describe());
        }
    }

    @Test
    void calendarVersionsKeepEveryVersion() {
        CalendarVersions two = CalendarVersions.first(CALENDAR).publish(CALENDAR);
        assertEquals(2, two.current());
        assertSame(CALENDAR, two.calendar(1).get());
        assertTrue(two.calendar(3).isEmpty());
    }
}
