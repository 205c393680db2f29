package org.telecrm.order.clock;

import io.vavr.collection.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.telecrm.calendar.WorkingDayCalendar;
import org.telecrm.calendar.WorkingHours;
import org.telecrm.customer.StaffId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** rules.md section 6, "Working hours": a pause counts only for the working time it overlaps. */
class WorkingHoursClockTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final StaffId CLERK = StaffId.of("S-1");
    static final TimeLimit EIGHT_WORKING_HOURS = new TimeLimit.InWorkingHours(Duration.ofHours(8), WorkingHours.SAMPLE);

    static Instant bj(String t) {
        return OffsetDateTime.parse(t + "+08:00").toInstant();
    }

    static PauseLedger paused(Instant from, Instant to) {
        return PauseLedger.EMPTY.start(from, PauseReason.SITE_NOT_READY, CLERK).get().end(to, CLERK).get();
    }

    static ClockReading read(TimeLimit limit, String from, String asOf, PauseLedger ledger) {
        return SlaClock.read(limit, bj(from), bj(asOf), ledger, CALENDAR, SlaClock.BEIJING).get();
    }

    @Test
    void anOvernightPauseAddsNothingToAWorkingDayLimitOrAWorkingHoursLimit() {
        PauseLedger overnight = paused(bj("2026-03-03T17:00"), bj("2026-03-04T09:00"));
        assertEquals(read(new TimeLimit.WorkingDays(5), "2026-03-02T10:00", "2026-03-06T12:00", PauseLedger.EMPTY),
                read(new TimeLimit.WorkingDays(5), "2026-03-02T10:00", "2026-03-06T12:00", overnight));
        // the overnight pause overlaps working time 17:00-17:30 and 08:30-09:00: one hour less used
        ClockReading.Time plain = (ClockReading.Time) read(EIGHT_WORKING_HOURS, "2026-03-03T09:00", "2026-03-04T12:00", PauseLedger.EMPTY);
        ClockReading.Time net = (ClockReading.Time) read(EIGHT_WORKING_HOURS, "2026-03-03T09:00", "2026-03-04T12:00", overnight);
        assertEquals(Duration.ofMinutes(6 * 60 + 30 + 210), plain.used());
        assertEquals(plain.used().minusHours(1), net.used());
    }

    @Test
    void aPauseInWorkingHoursCountsForAWorkingHoursLimitButHoldsNoWorkingDay() {
        PauseLedger daytime = paused(bj("2026-03-03T09:00"), bj("2026-03-03T17:00"));
        ClockReading.Time net = (ClockReading.Time) read(EIGHT_WORKING_HOURS, "2026-03-03T08:30", "2026-03-03T17:30", daytime);
        assertEquals(Duration.ofHours(1), net.used());   // 08:30-09:00 and 17:00-17:30
        assertEquals(List.empty(), SlaClock.pausedWorkingDays(CALENDAR, daytime, SlaClock.BEIJING, LocalDate.of(2026, 3, 31)).toList());
    }

    @Test
    void aPauseHoldsAWorkingDayOnlyWhenItCoversAllOfItsWorkingHours() {
        PauseLedger wholeDay = paused(bj("2026-03-03T08:30"), bj("2026-03-03T17:30"));
        assertEquals(List.of(LocalDate.of(2026, 3, 3)),
                SlaClock.pausedWorkingDays(CALENDAR, wholeDay, SlaClock.BEIJING, LocalDate.of(2026, 3, 31)).toList());
        PauseLedger almost = paused(bj("2026-03-03T08:31"), bj("2026-03-04T17:29"));
        assertEquals(List.empty(), SlaClock.pausedWorkingDays(CALENDAR, almost, SlaClock.BEIJING, LocalDate.of(2026, 3, 31)).toList());
        ClockReading.Days days = (ClockReading.Days) read(new TimeLimit.WorkingDays(5), "2026-03-02T10:00", "2026-03-06T12:00", wholeDay);
        assertEquals(new ClockReading.Days(3, 5, LocalDate.of(2026, 3, 10)), days);
    }

    @Test
    void theLimitSaysHowItRuns() {
        assertEquals("8 h (working hours 08:30-12:00, 14:00-17:30)", EIGHT_WORKING_HOURS.describe());
        assertEquals("4 h (clock time, 7x24)", new TimeLimit.ClockTime(Duration.ofHours(4)).describe());
    }

    /** Every minute of [from, to) in the sample working hours of a working day and in no pause. */
    static long minuteByMinute(Instant from, Instant to, Instant pauseStart, Instant pauseEnd) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            LocalDateTime local = LocalDateTime.ofInstant(t, SlaClock.BEIJING);
            LocalTime time = local.toLocalTime();
            boolean paused = !t.isBefore(pauseStart) && t.isBefore(pauseEnd);
            if (!paused && CALENDAR.isWorkingDay(local.toLocalDate()).get()
                    && WorkingHours.SAMPLE.periods().exists(p -> !time.isBefore(p.start()) && time.isBefore(p.end()))) {
                minutes++;
            }
        }
        return minutes;
    }

    @Property(tries = 200)
    void workingTimeNetOfPausesAgreesWithAMinuteByMinuteCount(@ForAll @IntRange(min = 0, max = 14 * 24 * 60) int fromMinute,
                                                             @ForAll @IntRange(min = 0, max = 5 * 24 * 60) int lengthMinutes,
                                                             @ForAll @IntRange(min = -2 * 24 * 60, max = 6 * 24 * 60) int pauseAfter,
                                                             @ForAll @IntRange(min = 0, max = 3 * 24 * 60) int pauseMinutes) {
        Instant base = bj("2026-09-20T00:00");
        Instant from = base.plusSeconds(60L * fromMinute);
        Instant to = from.plusSeconds(60L * lengthMinutes);
        Instant pauseStart = from.plusSeconds(60L * pauseAfter);
        Instant pauseEnd = pauseStart.plusSeconds(60L * pauseMinutes);
        ClockReading.Time r = (ClockReading.Time) SlaClock.read(EIGHT_WORKING_HOURS, from, to, paused(pauseStart, pauseEnd),
                CALENDAR, SlaClock.BEIJING).get();
        assertEquals(Duration.ofMinutes(minuteByMinute(from, to, pauseStart, pauseEnd)), r.used());
    }
}
