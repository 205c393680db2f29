package org.telecrm.calendar;

import java.time.LocalDate;

/**
 * A test oracle: the rules.md section 6 definition walked one day at a time, straight from the schedules.
 * Slow and obviously right, so the indexed calendar can be checked against it.
 */
final class DayByDayCalendar {

    private final WorkingDayCalendar indexed;

    DayByDayCalendar(WorkingDayCalendar indexed) {
        this.indexed = indexed;
    }

    boolean isWorkingDay(LocalDate day) {
        boolean listedOff = indexed.schedules().exists(s -> s.offDays().contains(day));
        boolean madeUp = indexed.schedules().exists(s -> s.makeupWorkdays().contains(day));
        return madeUp || (!YearSchedule.isWeekend(day) && !listedOff);
    }

    LocalDate workingDayAfter(LocalDate from, int n) {
        LocalDate day = from;
        while (n > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                n--;
            }
        }
        return day;
    }

    int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
