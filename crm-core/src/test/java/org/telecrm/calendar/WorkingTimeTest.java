package org.telecrm.calendar;

import io.vavr.collection.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules.md section 6, "Working hours": working time by time of day, sample 08:30-12:00 and 14:00-17:30. */
class WorkingTimeTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final WorkingTime TIME = new WorkingTime(WorkingDayCalendar.official(), WorkingHours.SAMPLE, BEIJING);

    static Instant bj(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Nested
    class TheSampleHours {
        @Test
        void areSevenHoursADay() {
            assertEquals(Duration.ofHours(7), WorkingHours.SAMPLE.perDay());
            assertEquals("08:30-12:00, 14:00-17:30", WorkingHours.SAMPLE.describe());
            assertEquals(Duration.ofMinutes(210), WorkingHours.SAMPLE.workedBefore(LocalTime.of(13, 0)));
            assertEquals(LocalTime.of(12, 0), WorkingHours.SAMPLE.timeWhenWorked(Duration.ofMinutes(210)));
            assertEquals(LocalTime.of(14, 1), WorkingHours.SAMPLE.timeWhenWorked(Duration.ofMinutes(211)));
        }

        @Test
        void overlappingOrEmptyPeriodsAreRefused() {
            assertTrue(WorkingHours.of(List.empty()).isLeft());
            assertEquals("working period 11:00-13:00 starts before 08:30-12:00 ends", WorkingHours.of(List.of(
                    new WorkingHours.Period(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                    new WorkingHours.Period(LocalTime.of(11, 0), LocalTime.of(13, 0)))).getLeft());
            assertThrows(IllegalArgumentException.class, () -> new WorkingHours.Period(LocalTime.NOON, LocalTime.NOON));
        }
    }

    @Nested
    class Between {
        @Test
        void overnightCountsOnlyTheWorkingEdges() {
            // Thu 2026-03-05 17:00 to Fri 09:00: 17:00-17:30 and 08:30-09:00
            assertEquals(Duration.ofMinutes(60), TIME.between(bj("2026-03-05T17:00"), bj("2026-03-06T09:00")).get());
        }

        @Test
        void aWeekendAndAHolidayCountNothing() {
            // Fri 2026-09-25 (Mid-Autumn, off) 08:00 to Mon 09-28 09:00: only Monday's first half hour
            assertEquals(Duration.ofMinutes(30), TIME.between(bj("2026-09-25T08:00"), bj("2026-09-28T09:00")).get());
            // the lunch break counts nothing
            assertEquals(Duration.ZERO, TIME.between(bj("2026-03-05T12:00"), bj("2026-03-05T14:00")).get());
            // a make-up Saturday counts: 2026-10-10
            assertEquals(Duration.ofHours(7), TIME.between(bj("2026-10-10T00:00"), bj("2026-10-11T00:00")).get());
        }

        @Test
        void isNegativeBackwardsAndOutsideTheCalendarIsAnError() {
            assertEquals(Duration.ofMinutes(-60), TIME.between(bj("2026-03-06T09:00"), bj("2026-03-05T17:00")).get());
            assertInstanceOf(CalendarError.DateOutsideCalendar.class,
                    TIME.between(bj("2026-12-31T09:00"), bj("2027-01-04T09:00")).getLeft());
        }
    }

    @Nested
    class After {
        @Test
        void runsOutInTheRightPeriod() {
            // 17:00-17:30 on Thursday, 08:30-09:00 on Friday
            assertEquals(bj("2026-03-06T09:00"), TIME.after(bj("2026-03-05T17:00"), Duration.ofHours(1)).get());
            assertEquals(bj("2026-03-05T14:30"), TIME.after(bj("2026-03-05T11:30"), Duration.ofHours(1)).get());
            // exactly the end of a period: that end, not the start of the next
            assertEquals(bj("2026-03-05T12:00"), TIME.after(bj("2026-03-05T11:30"), Duration.ofMinutes(30)).get());
            assertEquals(bj("2026-03-05T17:30"), TIME.after(bj("2026-03-05T08:30"), Duration.ofHours(7)).get());
            // from outside working hours: the clock starts with the next period
            assertEquals(bj("2026-03-09T08:31"), TIME.after(bj("2026-03-07T10:00"), Duration.ofMinutes(1)).get());
        }

        @Test
        void pastTheCalendarIsNotYetKnown() {
            CalendarError e = TIME.after(bj("2026-12-31T09:00"), Duration.ofHours(8)).getLeft();
            assertTrue(e.notYetKnown(), e.message());
        }
    }
}
