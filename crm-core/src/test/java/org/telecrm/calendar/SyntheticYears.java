package org.telecrm.calendar;

import io.vavr.collection.List;

import java.time.LocalDate;

/**
 * Year schedules for tests of years no State Council notice in the repository covers. They are <b>synthetic</b>:
 * made up to exercise the roll-over, never official data, and their source says so.
 */
public final class SyntheticYears {

    public static final String SOURCE = "SYNTHETIC test schedule, not a State Council announcement";

    private SyntheticYears() {
    }

    /** 2027: New Year's Day off, a made-up Spring Festival week off (02-08..02-12) and Saturday 02-06 worked. */
    public static YearSchedule year2027() {
        return YearSchedule.of(2027, SOURCE,
                List.of(LocalDate.of(2027, 1, 1)).appendAll(List.rangeClosed(8, 12).map(d -> LocalDate.of(2027, 2, d))),
                List.of(LocalDate.of(2027, 2, 6))).get();
    }

    /** The official calendar with synthetic 2027: a compatible successor of {@link WorkingDayCalendar#official()}. */
    public static WorkingDayCalendar officialWith2027() {
        return WorkingDayCalendar.from(OfficialHolidays.mainland(), () -> List.of(year2027())).get();
    }

    /** The official calendar with synthetic 2027 and 2026-12-31 made a day off: not compatible with the official one. */
    public static WorkingDayCalendar officialWith2027AndNewYearsEveOff() {
        YearSchedule eve = YearSchedule.of(2026, SOURCE, List.of(LocalDate.of(2026, 12, 31)), List.empty()).get();
        return WorkingDayCalendar.from(OfficialHolidays.mainland(), () -> List.of(year2027(), eve)).get();
    }
}
