package org.telecrm.calendar;

import io.vavr.collection.Seq;

/**
 * Port: where the year schedules of a working-day calendar come from.
 *
 * <p>The library ships {@link OfficialHolidays#mainland()} (State Council announcements 2023-2026). A host
 * supplies its own source for another year or a province's own days, and combines it with the official one:
 * schedules for the same year are merged (a province's extra holiday adds to the national ones).
 *
 * <pre>{@code
 * CalendarSource guangxi = () -> List.of(YearSchedule.of(2026, "Guangxi 三月三",
 *         List.of(LocalDate.of(2026, 4, 20)), List.empty()).get());
 * WorkingDayCalendar calendar = WorkingDayCalendar.from(OfficialHolidays.mainland(), guangxi).get();
 * }</pre>
 */
@FunctionalInterface
public interface CalendarSource {

    /** The schedules this source knows, any order. */
    Seq<YearSchedule> yearSchedules();
}
